package org.reportdesk.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.reportdesk.docx.DocxImporter;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.Report;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.ImportWarning;
import org.reportdesk.text.OutlineParser;
import org.reportdesk.text.SourceLine;
import org.reportdesk.text.TextDecoder;
import org.reportdesk.text.TextLines;
import org.reportdesk.text.TextTables;
import org.reportdesk.text.WebTextCleaner;

/**
 * Brings in what secretaries already have: .txt/.md files (UTF-8, UTF-16 with BOM, GBK/GB18030),
 * .docx files and pasted text → reports, with the list of changes made (for a preview to show and
 * undo: import again with {@link ImportOptions#withRejected}) and warnings. Stateless.
 */
public final class Importer {

    /** The reports in any file the program reads: one for a report file. */
    public static List<Report> readReports(Path p) {
        if (ReportFiles.isReportFile(p)) {
            return List.of(ReportFiles.readReportFile(p));
        }
        if (handles(p)) {
            return new Importer().importFile(p, ImportOptions.defaults()).reports();
        }
        throw new UserFacingException("io.unsupportedType", p.toString());
    }


    /** Largest .txt/.md file read (a long report is ~100 KB). */
    public static final long MAX_TEXT_BYTES = 8L * 1024 * 1024;
    /** Most characters of pasted text, or of a file's text. */
    public static final int MAX_TEXT_CHARS = 4_000_000;
    /**
     * Most non-blank lines (paragraphs) read: parsing grows with them (~100 000 one-line headings
     * take about 2 s); a report within {@link ReportLimits} has far fewer.
     */
    public static final int MAX_LINES = DocxImporter.MAX_PARAGRAPHS;
    /** Most lines counting blank ones (a CR LF counts twice). */
    public static final int MAX_ALL_LINES = 8 * MAX_LINES;

    public static boolean canImport(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".docx");
    }

    /** Whether {@link #importFile} should be asked: importable files and old .doc files (refused with a clear sentence). */
    public static boolean handles(Path p) {
        return canImport(p) || p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".doc");
    }

    public ImportResult importFile(Path p, ImportOptions options) {
        ReportFiles.requireRegularFile(p);
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".docx")) {
            DocxImporter.Read read = DocxImporter.read(p);
            Set<String> keep = new HashSet<>(options.rejectedChanges());
            keep.addAll(read.keep());
            ImportResult r = build(read.lines(), read.changes(), options.withRejected(keep), false, p.getFileName().toString());
            if (read.warnings().isEmpty()) {
                return r;
            }
            List<ImportWarning> warnings = new ArrayList<>(read.warnings());
            warnings.addAll(r.warnings());
            return new ImportResult(r.reports(), r.changes(), warnings);
        }
        if (n.endsWith(".doc")) {
            throw new UserFacingException("import.oldDoc", p.getFileName().toString());
        }
        if (!canImport(p)) {
            throw new UserFacingException("io.unsupportedType", p.toString());
        }
        String name = p.getFileName().toString();
        String text = TextDecoder.decode(readBytes(p), name).text();
        requireSplittable(text, name);
        return build(TextLines.of(text), List.of(), options, true, name);
    }

    /** Pasted text (the clipboard). */
    public ImportResult importText(String text, ImportOptions options) {
        requireSplittable(text, Messages.get("import.clipboard"));
        return build(TextLines.of(text), List.of(), options, true, Messages.get("import.clipboard"));
    }

    private static ImportResult build(List<SourceLine> lines, List<ImportChange> fileChanges, ImportOptions options,
                                      boolean plainText, String name) {
        requireReadable(lines, name);
        TextTables.Found tables = plainText ? TextTables.find(lines) : new TextTables.Found(lines, 0);
        WebTextCleaner.Cleaned cleaned = WebTextCleaner.clean(tables.lines(), options);
        OutlineParser.Parsed parsed = OutlineParser.parse(cleaned.lines(), options.rejectedChanges(), plainText);
        List<ImportChange> changes = new ArrayList<>(fileChanges);
        changes.addAll(cleaned.changes());
        changes.addAll(parsed.changes());
        changes.sort(java.util.Comparator.comparingInt(ImportChange::line));
        List<ImportWarning> warnings = new ArrayList<>(cleaned.warnings());
        if (tables.tables() > 0) {
            warnings.add(ImportWarning.of("import.warning.textTables", tables.tables()));
        }
        warnings.addAll(parsed.warnings());
        List<Report> reports = parsed.reports();
        if (reports.size() > 1 && !options.splitCollections()) {
            warnings.add(ImportWarning.of("import.warning.collectionNotSplit", reports.size()));
            reports = List.of(reports.get(0));
        }
        for (Report r : reports) {
            if (!ReportLimits.isWithin(r)) {
                throw new UserFacingException("import.reportTooLarge", name, ReportLimits.MAX_SECTIONS, ReportLimits.MAX_CHARS / 10_000);
            }
        }
        return new ImportResult(reports, changes, warnings);
    }

    /** Refuses text too long to split into lines at all: millions of (even blank) lines would take seconds and much memory. */
    private static void requireSplittable(String text, String name) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new UserFacingException("import.tooMuchText", name, MAX_TEXT_CHARS / 10_000);
        }
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '\n' || c == '\r') && ++breaks > MAX_ALL_LINES) {
                throw new UserFacingException("import.tooManyLines", name, MAX_LINES);
            }
        }
    }

    /** Refuses, before the (much slower) parsing, text that is empty or beyond what any import may hold. */
    private static void requireReadable(List<SourceLine> lines, String name) {
        long chars = 0;
        int nonBlank = 0;
        for (SourceLine l : lines) {
            String t = l.text();
            chars += t.length();
            if (!t.isBlank()) {
                nonBlank++;
            }
        }
        if (nonBlank == 0) {
            throw new UserFacingException("import.empty", name);
        }
        if (chars > MAX_TEXT_CHARS) {
            throw new UserFacingException("import.tooMuchText", name, MAX_TEXT_CHARS / 10_000);
        }
        if (nonBlank > MAX_LINES) {
            throw new UserFacingException("import.tooManyLines", name, MAX_LINES);
        }
    }

    private static byte[] readBytes(Path p) {
        return ReportFiles.readBytes(p, MAX_TEXT_BYTES, "import.tooLarge");
    }
}
