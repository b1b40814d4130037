package org.reportdesk.docx.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a .docx this importer reads, found through the package relationships (the main
 * document need not be {@code word/document.xml}), each read through an {@link InflateBudget}.
 * The zip's central directory is read first: none (a truncated download) is a damaged file; too
 * many entries or declared sizes beyond the bounds a zip bomb. Image parts are inflated only when
 * a picture refers to them, other parts never.
 */
public final class DocxPackage implements Closeable {

    /** The zip's directory or a part's declared size is beyond the bounds. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String what) {
            super(what);
        }
    }

    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String STYLES = "/styles";

    private final ZipFile zip;
    private final InflateBudget budget;

    private DocxPackage(ZipFile zip, InflateBudget budget) {
        this.zip = zip;
        this.budget = budget;
    }

    /**
     * Opens {@code p} and checks its directory: at most {@code maxEntries} entries, none declaring
     * more than {@code maxEntry} bytes, all together at most {@code maxTotal}.
     */
    public static DocxPackage open(Path p, int maxEntries, long maxEntry, long maxTotal, InflateBudget budget)
            throws IOException {
        ZipFile zip = new ZipFile(p.toFile(), StandardCharsets.UTF_8);
        try {
            if (zip.size() > maxEntries) {
                throw new TooLarge(zip.size() + " entries");
            }
            long total = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                long size = entries.nextElement().getSize();
                total += Math.max(0, size);
                if (size > maxEntry || total > maxTotal) {
                    throw new TooLarge("declared size " + size);
                }
            }
            return new DocxPackage(zip, budget);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The main document part's name, from {@code _rels/.rels} ({@code word/document.xml} when that says nothing). */
    public String mainDocument() throws IOException, XMLStreamException {
        Optional<String> target = relationship("_rels/.rels", "", OFFICE_DOCUMENT);
        return target.orElse("word/document.xml");
    }

    /** The styles part of {@code document}, if it has one. */
    public Optional<String> styles(String document) throws IOException, XMLStreamException {
        int slash = document.lastIndexOf('/');
        String folder = slash < 0 ? "" : document.substring(0, slash + 1);
        String rels = folder + "_rels/" + document.substring(slash + 1) + ".rels";
        return relationship(rels, folder, STYLES);
    }

    /** The image parts {@code document} refers to: relationship id → part name (external links left out). */
    public java.util.Map<String, String> images(String document) throws IOException, XMLStreamException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        int slash = document.lastIndexOf('/');
        String folder = slash < 0 ? "" : document.substring(0, slash + 1);
        Optional<InputStream> in = part(folder + "_rels/" + document.substring(slash + 1) + ".rels");
        if (in.isEmpty()) {
            return out;
        }
        try (InputStream stream = in.get()) {
            XMLStreamReader r = Xml.reader(stream);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String id = r.getAttributeValue(null, "Id");
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        String mode = r.getAttributeValue(null, "TargetMode");
                        if (id != null && type != null && target != null && type.endsWith("/image")
                                && (mode == null || !mode.toLowerCase(Locale.ROOT).equals("external"))) {
                            out.put(id, resolve(folder, target));
                        }
                    }
                }
            } finally {
                r.close();
            }
        }
        return out;
    }

    /** The part, inflated through the budget; empty when the package has no such part. */
    public Optional<InputStream> part(String name) throws IOException {
        ZipEntry e = entry(name);
        if (e == null || e.isDirectory()) {
            return Optional.empty();
        }
        return Optional.of(budget.count(zip.getInputStream(e), e.getCompressedSize()));
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e != null) {
            return e;
        }
        // part names are case-insensitive (OPC)
        for (var entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry c = entries.nextElement();
            if (c.getName().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private Optional<String> relationship(String relsPart, String folder, String typeSuffix) throws IOException, XMLStreamException {
        Optional<InputStream> in = part(relsPart);
        if (in.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream stream = in.get()) {
            XMLStreamReader r = Xml.reader(stream);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        String mode = r.getAttributeValue(null, "TargetMode");
                        if (type != null && target != null && type.endsWith(typeSuffix)
                                && (mode == null || !mode.toLowerCase(Locale.ROOT).equals("external"))) {
                            return Optional.of(resolve(folder, target));
                        }
                    }
                }
                return Optional.empty();
            } finally {
                r.close();
            }
        }
    }

    /** A relationship target relative to {@code folder} (or absolute, starting with /) as a zip entry name. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.equals("..")) {
                parts.pollLast();
            } else if (!seg.isEmpty() && !seg.equals(".")) {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
