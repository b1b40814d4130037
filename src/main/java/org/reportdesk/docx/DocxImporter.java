package org.reportdesk.docx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.SourceLine;

/**
 * A .docx → numbered paragraphs with their heading level (from the paragraph's outline level, its
 * style's outline level or a "heading N" style name) and character styles (bold, italic,
 * underline); {@link org.reportdesk.text.OutlineParser} then builds the outline. Tables and
 * pictures are listed as {@link ImportChange.Kind#NOT_IMPORTED}. Bad input (encrypted, old .doc,
 * corrupt, zip bomb, too large) fails with one {@code import.*} sentence before anything is built.
 */
public final class DocxImporter {

    /** Largest .docx file read. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Most characters of text taken from one document (≈ 6 500 pages). */
    public static final int MAX_CHARS = 4_000_000;
    /** Most non-empty paragraphs, and most body elements of any kind, read (as for text: {@code Importer.MAX_LINES}). */
    public static final int MAX_PARAGRAPHS = 100_000;
    static final int MAX_ELEMENTS = 8 * MAX_PARAGRAPHS;
    /** Most zip entries: a report's .docx has about 10 to 30, one with many pictures a few hundred. */
    static final int MAX_ENTRIES = 10_000;
    /** Largest single part inflated: a report's document.xml is a few MB at most. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    /**
     * Lowest compressed/inflated size ratio of a part: POI's default, 1 %, takes our own export of
     * a report of 5 000 empty sections (0.95 %) for a zip bomb; one byte repeated deflates to 0.1 %.
     */
    static final double MIN_INFLATE_RATIO = 0.002;
    /** Most bytes all entries may declare together. */
    static final long MAX_TOTAL_BYTES = 2 * MAX_ENTRY_BYTES;

    static {
        limitZips();
    }

    /** POI's zip bomb checks as this importer needs them (also for tests that open our exports with POI). */
    static void limitZips() {
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /** The paragraphs read and what was left out. */
    public record Read(List<SourceLine> lines, List<ImportChange> changes) {
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
        checkZip(p, name);
        try (InputStream in = Files.newInputStream(p)) {
            XWPFDocument doc = new XWPFDocument(in);
            try {
                return paragraphs(doc, name);
            } finally {
                doc.getPackage().revert();
            }
        } catch (UserFacingException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Whatever POI throws on a hostile file (also e.g. RecordFormatException for a part over its 100 MB) is one sentence.
            throw new UserFacingException(e, isZipBomb(e) ? "import.zipBomb" : "import.corrupt", name);
        }
    }

    /**
     * Reads the zip's central directory before POI inflates anything (POI reads the entries as a
     * stream, which accepts a truncated file): no directory is a damaged file; too many entries or
     * an entry declaring a huge size is a zip bomb.
     */
    private static void checkZip(Path p, String name) {
        try (ZipFile zip = new ZipFile(p.toFile(), StandardCharsets.UTF_8)) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UserFacingException("import.zipBomb", name);
            }
            long total = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                long size = entries.nextElement().getSize();
                total += Math.max(0, size);
                if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
                    throw new UserFacingException("import.zipBomb", name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "import.corrupt", name);
        }
    }

    private static Read paragraphs(XWPFDocument doc, String name) {
        List<SourceLine> lines = new ArrayList<>();
        List<ImportChange> changes = new ArrayList<>();
        XWPFStyles styles = doc.getStyles();
        int chars = 0;
        int n = 0;
        int nonEmpty = 0;
        for (IBodyElement el : doc.getBodyElements()) {
            n++;
            if (n > MAX_ELEMENTS) {
                throw new UserFacingException("import.tooManyLines", name, MAX_PARAGRAPHS);
            }
            if (el instanceof XWPFParagraph para) {
                Paragraph rich = rich(para);
                int length = rich.plainText().length();
                chars += length;
                if (chars > MAX_CHARS) {
                    throw new UserFacingException("import.tooMuchText", name, MAX_CHARS / 10_000);
                }
                if (length > 0 && ++nonEmpty > MAX_PARAGRAPHS) {
                    throw new UserFacingException("import.tooManyLines", name, MAX_PARAGRAPHS);
                }
                if (hasPicture(para)) {
                    changes.add(ImportChange.of(ImportChange.Kind.NOT_IMPORTED, n, "[图片 / picture]", ""));
                }
                lines.add(new SourceLine(n, rich, level(para, styles), isTitle(para, styles)));
            } else if (el instanceof XWPFTable table) {
                String text = table.getText().strip();
                changes.add(ImportChange.of(ImportChange.Kind.NOT_IMPORTED, n,
                        "[表格 / table] " + (text.length() > 40 ? text.substring(0, 40) + "…" : text), ""));
            } else {
                changes.add(ImportChange.of(ImportChange.Kind.NOT_IMPORTED, n, "[" + el.getElementType() + "]", ""));
            }
        }
        return new Read(lines, changes);
    }

    private static Paragraph rich(XWPFParagraph para) {
        List<Span> spans = new ArrayList<>();
        for (XWPFRun r : para.getRuns()) {
            String t = r.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            t = t.replace('\r', '\n').replace('\t', ' ');
            UnderlinePatterns u = r.getUnderline();
            spans.add(new Span(t, r.isBold(), r.isItalic(), u != null && u != UnderlinePatterns.NONE));
        }
        return new Paragraph(joinBreaks(spans));
    }

    /**
     * A manual line break (the exporter breaks long titles so) joins its two lines: with nothing
     * between Chinese text, as it was written, with a space between Latin words.
     */
    static List<Span> joinBreaks(List<Span> spans) {
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

    private static boolean hasPicture(XWPFParagraph para) {
        for (XWPFRun r : para.getRuns()) {
            if (!r.getEmbeddedPictures().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Heading level 1–4 from the outline level (own, then the style chain's) or style name; 0 for body. */
    static int level(XWPFParagraph para, XWPFStyles styles) {
        if (para.getCTP().getPPr() != null && para.getCTP().getPPr().getOutlineLvl() != null) {
            return fromOutline(para.getCTP().getPPr().getOutlineLvl());
        }
        String styleId = para.getStyleID();
        for (int guard = 0; styleId != null && styles != null && guard < 10; guard++) {
            XWPFStyle s = styles.getStyle(styleId);
            if (s == null) {
                break;
            }
            CTPPrGeneral ppr = s.getCTStyle().getPPr();
            if (ppr != null && ppr.getOutlineLvl() != null) {
                return fromOutline(ppr.getOutlineLvl());
            }
            int byName = levelFromName(s.getName());
            if (byName > 0) {
                return byName;
            }
            styleId = s.getCTStyle().getBasedOn() == null ? null : s.getCTStyle().getBasedOn().getVal();
        }
        return 0;
    }

    private static int fromOutline(CTDecimalNumber lvl) {
        BigInteger v = lvl.getVal();
        int l = v == null ? 9 : v.intValue();
        return l >= 0 && l <= 3 ? l + 1 : 0;
    }

    static int levelFromName(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        for (String prefix : new String[] {"heading", "标题"}) {
            if (n.startsWith(prefix) && n.length() == prefix.length() + 1) {
                char d = n.charAt(prefix.length());
                return d >= '1' && d <= '4' ? d - '0' : 0;
            }
        }
        return 0;
    }

    private static boolean isTitle(XWPFParagraph para, XWPFStyles styles) {
        String id = para.getStyleID();
        if (id == null || styles == null || styles.getStyle(id) == null) {
            return false;
        }
        String n = styles.getStyle(id).getName();
        n = n == null ? "" : n.toLowerCase(Locale.ROOT).strip();
        return n.equals("title") || n.endsWith("标题") || n.endsWith("title") && !n.contains("sub");
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

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof RecordFormatException) {
                return true;
            }
            if (m != null && (m.contains("Zip bomb") || m.contains("MaxEntrySize") || m.contains("max entry size")
                    || m.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }
}
