package org.reportdesk.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the package XWPF wrote into the output zip, streaming the body into document.xml on the
 * way: the body goes straight into the zip entry, never held whole as beans, text or bytes (a
 * 1 000 000-character report of characters alternating in and out of GB2312 is 280 MB of
 * document.xml, and POI keeps a part it writes in memory).
 */
final class BodyStream {

    static final String DOCUMENT = "word/document.xml";
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);

    private BodyStream() {
    }

    static void write(byte[] pkg, OutputStream target, Consumer<BodySink> body) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(target), StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(pkg), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                // a fixed local time (after the DOS epoch) needs no time zone: the default, now, loads the tz database
                copy.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(copy);
                if (e.getName().equals(DOCUMENT)) {
                    document(new String(in.readAllBytes(), StandardCharsets.UTF_8), zip, body);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }

    /** POI's document.xml around the blocks: everything up to its section properties, the blocks, the rest. */
    private static void document(String shell, OutputStream zip, Consumer<BodySink> body) throws IOException {
        int at = shell.indexOf("<w:sectPr");
        if (at < 0 || !shell.contains("xmlns:r=") || !shell.contains("xmlns:w=")) {
            throw new IOException("unexpected document.xml from POI: " + shell);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        out.write(shell, 0, at);
        BodySink sink = new BodySink(out);
        body.accept(sink);
        sink.finish();
        if (sink.lastSection() == null) {
            out.write(shell, at, shell.length() - at);
        } else {
            int end = shell.indexOf("</w:sectPr>", at);
            if (end < 0) {
                throw new IOException("unexpected section properties from POI: " + shell.substring(at));
            }
            out.write(sink.lastSection());
            out.write(shell, end + "</w:sectPr>".length(), shell.length() - end - "</w:sectPr>".length());
        }
        out.flush();
    }

    /** Lets a stream be closed or finished without closing the one below it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
