package org.reportdesk.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes zip files byte by byte, so that an entry's local header and central directory can declare
 * a size other than the one it inflates to (what java.util.zip's writer never allows).
 */
final class CraftedZip {

    /** One entry: its deflated bytes, the CRC and size of what they inflate to, the size it declares. */
    record Entry(String name, byte[] deflated, long crc, long size, long declared) {
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private CraftedZip() {
    }

    /** An entry deflated from what {@code writer} writes (never held inflated), declaring {@code declared} bytes (-1: the truth). */
    static Entry entry(String name, long declared, Writer writer) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        long[] size = new long[1];
        Deflater deflater = new Deflater(6, true);
        try (OutputStream out = new FilterOutputStream(new DeflaterOutputStream(deflated, deflater, 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                size[0] += len;
                this.out.write(b, off, len);
            }

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }
        }) {
            writer.write(out);
        } finally {
            deflater.end();
        }
        return new Entry(name, deflated.toByteArray(), crc.getValue(), size[0], declared < 0 ? size[0] : declared);
    }

    /** The entries of {@code docx}, each declaring {@code declared} bytes when it is larger (-1: the truth). */
    static List<Entry> entriesOf(byte[] docx, long declared) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] data = zip.readAllBytes();
                out.add(entry(e.getName(), declared < 0 || data.length <= declared ? -1 : declared, o -> o.write(data)));
            }
        }
        return out;
    }

    static void write(Path f, List<Entry> entries) throws IOException {
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        try (OutputStream out = Files.newOutputStream(f)) {
            long offset = 0;
            for (Entry e : entries) {
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                ByteBuffer loc = le(30 + name.length);
                loc.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) 8).putInt(0)
                        .putInt((int) e.crc()).putInt(e.deflated().length).putInt((int) e.declared())
                        .putShort((short) name.length).putShort((short) 0).put(name);
                out.write(loc.array());
                out.write(e.deflated());
                ByteBuffer cen = le(46 + name.length);
                cen.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x800).putShort((short) 8)
                        .putInt(0).putInt((int) e.crc()).putInt(e.deflated().length).putInt((int) e.declared())
                        .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                        .putShort((short) 0).putInt(0).putInt((int) offset).put(name);
                central.write(cen.array());
                offset += loc.capacity() + e.deflated().length;
            }
            byte[] cd = central.toByteArray();
            out.write(cd);
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt(cd.length).putInt((int) offset).putShort((short) 0);
            out.write(end.array());
        }
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }
}
