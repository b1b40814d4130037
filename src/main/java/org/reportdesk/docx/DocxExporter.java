package org.reportdesk.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Report;

/**
 * Writes a report as a .docx laid out to GB/T 9704-2012 with an {@link ExportProfile}, on Apache
 * POI's XWPF: POI builds the package with the styles, settings, footers and section from beans
 * ({@link DocumentPackage}); the body's blocks are beans too, written by {@link DocumentBody} and
 * streamed chunk by chunk into document.xml ({@link BodyStream}), so the memory an export needs
 * does not grow with the report.
 */
public final class DocxExporter {

    private static final DoubleConsumer NO_PROGRESS = p -> { };

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
        PackageParts pkg = DocumentPackage.build(profile, XmlText.clean(Fields.fill(report.title(), report.fieldValues())),
                BodyObjects.of(report, profile));
        DocumentBody body = new DocumentBody(report, profile, pkg);
        BodyStream.write(pkg.bytes(), out, sink -> body.write(sink, p));
        p.accept(1);
    }
}
