package org.reportdesk.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Report;

/**
 * Writes a report as a .docx laid out to GB/T 9704-2012 with an {@link ExportProfile}, on Apache
 * POI's XWPF: POI builds the package, the styles, settings and footers from beans
 * ({@link StyleSheet}, {@link PageSetup}); the body is written block by block while POI saves
 * document.xml ({@link StreamedDocument}), so the memory a report needs does not grow with the
 * bean tree of its whole body. {@code new XWPFDocument()} brings no theme part, and nothing here
 * adds one.
 */
public final class DocxExporter {

    private static final DoubleConsumer NO_PROGRESS = p -> { };
    private static final String APPLICATION = "ReportDesk";

    /** Exports to {@code target} atomically: a failure leaves an existing file untouched and no temporary file. */
    public void export(Report report, ExportProfile profile, Path target) {
        export(report, profile, target, NO_PROGRESS);
    }

    /** As {@link #export(Report, ExportProfile, Path)}, reporting progress from 0 to 1. */
    public void export(Report report, ExportProfile profile, Path target, DoubleConsumer progress) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(profile, "profile");
        AtomicFiles.write(target, out -> write(report, profile, out, progress));
    }

    public void write(Report report, ExportProfile profile, OutputStream out) throws IOException {
        write(report, profile, out, NO_PROGRESS);
    }

    /** Writes the .docx bytes to {@code out} (not closed), reporting progress from 0 to 1. */
    public void write(Report report, ExportProfile profile, OutputStream out, DoubleConsumer progress) throws IOException {
        DoubleConsumer p = progress == null ? NO_PROGRESS : progress;
        p.accept(0);
        DocumentBody body = new DocumentBody(report, profile);
        StreamedDocument doc = new StreamedDocument(sink -> body.write(sink, p));
        try {
            new StyleSheet(profile).install(doc);
            new PageSetup(profile).install(doc);
            FontTable.install(doc, profile);
            properties(doc.getProperties(), XmlText.clean(Fields.fill(report.title(), report.fieldValues())));
            doc.write(new NonClosing(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            // the package lives in memory; revert drops it without the save close() would do
            doc.getPackage().revert();
        }
        p.accept(1);
    }

    private static void properties(POIXMLProperties props, String title) {
        props.getCoreProperties().setCreator(APPLICATION);
        if (!title.isBlank()) {
            props.getCoreProperties().setTitle(title);
        }
        props.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
    }

    /** Lets POI finish its zip stream without closing the caller's stream. */
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
