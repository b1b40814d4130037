package org.reportdesk.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Report;

/**
 * Exports a report as a PDF of exactly the pages the layout engine sets (the pages of the .docx
 * export): fonts of the machine embedded as subsets, title and author (the unit) in the document
 * information and in XMP metadata, language zh-CN. Keeps its fonts and layout cache between
 * exports; one export at a time.
 */
public final class PdfExporter {

    private final FontSet fonts;
    private final LayoutEngine engine;
    private final FontSubsets subsets = new FontSubsets();

    public PdfExporter() {
        this(FontSet.forPdf());
    }

    public PdfExporter(FontSet fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
        this.engine = new LayoutEngine(fonts);
    }

    /** Exports to {@code target} atomically: a failure leaves an existing file untouched. */
    public synchronized void export(Report report, ExportProfile profile, Path target) {
        AtomicFiles.write(target, out -> write(report, profile, out));
    }

    /** Writes the PDF bytes to {@code out} (not closed). */
    public synchronized void write(Report report, ExportProfile profile, OutputStream out) throws IOException {
        PageLayout layout = engine.layout(report, profile);
        try (PDDocument doc = new PDDocument()) {
            new PdfPages(doc, fonts, subsets).draw(layout);
            String title = Fields.fill(report.title(), report.fieldValues()).strip();
            String author = report.unit() == null ? "" : report.unit().strip();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreator("ReportDesk");
            info.setProducer("ReportDesk (Apache PDFBox)");
            Calendar now = Calendar.getInstance();
            info.setCreationDate(now);
            doc.getDocumentCatalog().setLanguage("zh-CN");
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(Xmp.of(title, author, now).getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            doc.save(out);
        }
    }

    /** The faces set in a substitute so far, with the substitute (for a warning naming it). */
    public Map<String, String> substitutes() {
        return fonts.substitutes();
    }

    /** How many font subsets this exporter has made (each export reuses them while its characters fit). */
    public int subsetsMade() {
        return subsets.made();
    }

    /** The pages of the last export's layout engine, for callers that show them (same fonts as the PDF). */
    public synchronized PageLayout layout(Report report, ExportProfile profile) {
        return engine.layout(report, profile);
    }
}
