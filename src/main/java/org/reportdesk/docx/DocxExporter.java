package org.reportdesk.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Report;

/**
 * Writes a report as a .docx laid out to GB/T 9704-2012 with an {@link ExportProfile}. The
 * WordprocessingML is generated directly (not through XWPF): every element and attribute is ours,
 * so no theme font or template default can slip in, and a whole-process CLI export does not pay
 * for loading the XMLBeans schema classes.
 */
public final class DocxExporter {

    private static final DoubleConsumer NO_PROGRESS = p -> { };
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 12, 0);

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
        OoxmlParts parts = new OoxmlParts(profile);
        List<Para> paras = new DocumentBody(report, profile).build(p);
        p.accept(0.85);

        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", OoxmlParts.contentTypes());
        entry(zip, "_rels/.rels", OoxmlParts.packageRels());
        entry(zip, "docProps/core.xml", OoxmlParts.core(Fields.fill(report.title(), report.fieldValues())));
        entry(zip, "docProps/app.xml", OoxmlParts.app());
        entry(zip, "word/_rels/document.xml.rels", OoxmlParts.documentRels());
        document(zip, paras, parts, profile.lineTwips());
        entry(zip, "word/styles.xml", parts.styles());
        entry(zip, "word/settings.xml", parts.settings());
        entry(zip, "word/fontTable.xml", parts.fontTable());
        entry(zip, OoxmlParts.FOOTER_ODD, parts.footer(true));
        entry(zip, OoxmlParts.FOOTER_EVEN, parts.footer(false));
        zip.finish();
        zip.flush();
        p.accept(1);
    }

    /**
     * document.xml, written paragraph by paragraph: a whole-document string would be held three
     * times over (builder, string, bytes), and characters outside GB2312 cost a run each (~250
     * bytes of markup), so a 1 000 000-character report of such text needed 2 GB to export.
     */
    private static void document(ZipOutputStream zip, List<Para> paras, OoxmlParts parts, int lineTwips) throws IOException {
        ZipEntry e = new ZipEntry("word/document.xml");
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        StringBuilder chunk = new StringBuilder(1 << 16);
        chunk.append(OoxmlParts.DECL).append("<w:document xmlns:w=\"").append(OoxmlParts.W)
                .append("\" xmlns:r=\"").append(OoxmlParts.R).append("\"><w:body>");
        for (Para para : paras) {
            para.writeTo(chunk, lineTwips);
            if (chunk.length() > 1 << 16) {
                zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        chunk.append(parts.sectPr()).append("</w:body></w:document>");
        zip.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
        ZipEntry e = new ZipEntry(name);
        // A fixed local time (after the DOS epoch) needs no time zone: the default, now, loads the tz database.
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
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
