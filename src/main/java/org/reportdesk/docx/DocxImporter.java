package org.reportdesk.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.reportdesk.docx.read.BodyReader;
import org.reportdesk.docx.read.DocxPackage;
import org.reportdesk.docx.read.ImageParts;
import org.reportdesk.docx.read.InflateBudget;
import org.reportdesk.docx.read.StyleTable;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Table;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportWarning;
import org.reportdesk.text.SourceLine;

/**
 * A .docx → numbered paragraphs with their heading level (from the paragraph's outline level, its
 * style's outline level or a "heading N" style name) and character styles (bold, italic,
 * underline); {@link org.reportdesk.text.OutlineParser} then builds the outline. The document part
 * is read in one streaming pass ({@link BodyReader}): text boxes and content controls in document
 * order, tables as {@link org.reportdesk.model.Table}s (see {@code TableGrid}; too large ones as
 * tab-separated rows with a warning), PNG and JPEG pictures as {@link org.reportdesk.model.Picture}s
 * ({@link DocxObjects}), other pictures listed as {@link ImportChange.Kind#NOT_IMPORTED}. Bad input (encrypted, old .doc,
 * corrupt, zip bomb, too large) fails with one {@code import.*} sentence; every byte inflated is
 * counted ({@link InflateBudget}), so a zip directory that understates its sizes gains nothing.
 */
public final class DocxImporter {

    /** Largest .docx file read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most characters of text taken from one document (≈ 6 500 pages). */
    public static final int MAX_CHARS = 4_000_000;
    /** Most non-empty paragraphs, and most paragraphs of any kind, read (as for text: {@code Importer.MAX_LINES}). */
    public static final int MAX_PARAGRAPHS = 100_000;
    static final int MAX_ELEMENTS = 8 * MAX_PARAGRAPHS;
    /** Most zip entries: a report's .docx has about 10 to 30, one with many pictures a few hundred. */
    static final int MAX_ENTRIES = 10_000;
    /** Largest single part inflated (declared or counted): a report's document.xml is a few MB at most. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    /**
     * Lowest compressed/inflated size ratio of a part read: POI's default, 1 %, takes our own export
     * of a report of 5 000 empty sections (0.95 %) for a zip bomb; one byte repeated deflates to 0.1 %.
     */
    static final double MIN_INFLATE_RATIO = 0.002;
    /** Most bytes all entries may declare together, and most bytes inflated from the parts read. */
    static final long MAX_TOTAL_BYTES = 2 * MAX_ENTRY_BYTES;

    static {
        limitZips();
    }

    /** POI's zip bomb checks as tests that open our exports with POI need them. */
    static void limitZips() {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), 256L * 1024 * 1024));
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /**
     * The paragraphs read, what was left out, warnings, and the ids of cleaning changes that do not
     * apply to this file ({@code keep}: a Word document is not Markdown; a table row's tabs are cell borders).
     */
    public record Read(List<SourceLine> lines, List<ImportChange> changes, List<ImportWarning> warnings, Set<String> keep,
            int tables, int pictures) {
    }

    private DocxImporter() {
    }

    public static Read read(Path p) {
        String name = p.getFileName().toString();
        byte[] head = head(p);
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            throw ole2(p, name);
        }
        if (head.length < 2 || head[0] != 'P' || head[1] != 'K') {
            throw new UserFacingException("import.corrupt", name);
        }
        InflateBudget budget = new InflateBudget(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MIN_INFLATE_RATIO);
        try (DocxPackage pack = DocxPackage.open(p, MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, budget)) {
            String document = pack.mainDocument();
            StyleTable styles = StyleTable.empty();
            var stylesPart = pack.styles(document);
            if (stylesPart.isPresent()) {
                var in = pack.part(stylesPart.get());
                if (in.isPresent()) {
                    try (InputStream s = in.get()) {
                        styles = StyleTable.read(s);
                    }
                }
            }
            var in = pack.part(document);
            if (in.isEmpty()) {
                throw new UserFacingException("import.corrupt", name);
            }
            BodyReader.Body body;
            try (InputStream s = in.get()) {
                body = BodyReader.read(s, MAX_ELEMENTS, MAX_CHARS);
            }
            ImageParts images = new ImageParts(pack, document, Picture.MAX_BYTES, ReportLimits.MAX_PICTURE_BYTES);
            return lines(body, styles, images, name);
        } catch (UserFacingException e) {
            throw e;
        } catch (BodyReader.TooMuch e) {
            throw e.characters() ? new UserFacingException("import.tooMuchText", name, MAX_CHARS / 10_000)
                    : new UserFacingException("import.tooManyLines", name, MAX_PARAGRAPHS);
        } catch (InflateBudget.Exceeded | DocxPackage.TooLarge e) {
            throw new UserFacingException(e, "import.zipBomb", name);
        } catch (java.io.UncheckedIOException e) {
            throw new UserFacingException(e, inflatedTooMuch(e.getCause()) ? "import.zipBomb" : "import.corrupt", name);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new UserFacingException(e, inflatedTooMuch(e) ? "import.zipBomb" : "import.corrupt", name);
        }
    }

    /** The XML parser wraps what the counted stream threw. */
    private static boolean inflatedTooMuch(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof InflateBudget.Exceeded) {
                return true;
            }
        }
        return false;
    }

    static Read lines(BodyReader.Body body, StyleTable styles, ImageParts images, String name) {
        List<SourceLine> lines = new ArrayList<>(body.paragraphs().size());
        List<ImportChange> changes = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        DocxObjects objects = new DocxObjects(images, lines);
        int n = 0;
        int nonEmpty = 0;
        int rows = 0;
        for (BodyReader.ReadParagraph para : body.paragraphs()) {
            n++;
            if (para.table() != null) {
                objects.table(n, para.table());
                continue;
            }
            Paragraph rich = new Paragraph(joinBreaks(para.spans()));
            if (!rich.spans().isEmpty() && ++nonEmpty > MAX_PARAGRAPHS) {
                throw new UserFacingException("import.tooManyLines", name, MAX_PARAGRAPHS);
            }
            keep.add(ImportChange.id(ImportChange.Kind.MARKUP, n));
            if (para.tableRow()) {
                keep.add(ImportChange.id(ImportChange.Kind.SPACES, n));
                rows++;
            }
            int level = para.outlineLevel() != null ? StyleTable.fromOutline(para.outlineLevel()) : styles.level(para.styleId());
            objects.text(n, rich, para, level, styles.isTitle(para.styleId()));
            if (para.picture()) {
                int last = objects.pictures(n + 1, para);
                if (last == n) {
                    changes.add(ImportChange.of(ImportChange.Kind.NOT_IMPORTED, n, "[图片 / picture]", ""));
                }
                n = last;
            }
        }
        List<ImportWarning> warnings = new ArrayList<>();
        if (body.tables() > 0) {
            warnings.add(ImportWarning.of("import.warning.tablesAsText", body.tables(), rows, Table.MAX_ROWS, Table.MAX_COLUMNS));
        }
        if (body.nestedTables() > 0) {
            warnings.add(ImportWarning.of("import.warning.nestedTables", body.nestedTables()));
        }
        if (body.cellPictures() > 0) {
            warnings.add(ImportWarning.of("import.warning.cellPictures", body.cellPictures()));
        }
        warnings.addAll(objects.warnings());
        return new Read(lines, changes, warnings, keep, objects.tables(), objects.pictures());
    }

    /**
     * A manual line break (the exporter breaks long titles so) joins its two lines: with nothing
     * between Chinese text, as it was written, with a space between Latin words.
     */
    static List<Span> joinBreaks(List<Span> spans) {
        if (spans.stream().noneMatch(s -> s.text().indexOf('\n') >= 0)) {
            return spans;
        }
        String all = spans.stream().map(Span::text).collect(java.util.stream.Collectors.joining());
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < s.text().length(); i++, at++) {
                char c = s.text().charAt(i);
                if (c != '\n') {
                    sb.append(c);
                } else if (at > 0 && at < all.length() - 1 && isLatin(all.charAt(at - 1)) && isLatin(all.charAt(at + 1))) {
                    sb.append(' ');
                }
            }
            if (sb.length() > 0) {
                out.add(new Span(sb.toString(), s.bold(), s.italic(), s.underline()));
            }
        }
        return out;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c);
    }

    private static UserFacingException ole2(Path p, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(p.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                return new UserFacingException("import.encrypted", name);
            }
            return new UserFacingException("import.oldDoc", name);
        } catch (IOException | RuntimeException e) {
            return new UserFacingException(e, "import.corrupt", name);
        }
    }

    private static byte[] head(Path p) {
        try {
            long size = Files.size(p);
            if (size > MAX_FILE_BYTES) {
                throw new UserFacingException("import.tooLarge", p.getFileName().toString(), MAX_FILE_BYTES / (1024 * 1024));
            }
            try (InputStream in = Files.newInputStream(p)) {
                return in.readNBytes(8);
            }
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "io.notFound", p.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "io.unreadable", p.toString());
        }
    }
}
