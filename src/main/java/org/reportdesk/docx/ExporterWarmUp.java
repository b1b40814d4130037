package org.reportdesk.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the exporter ready on a second thread while a one-shot command still parses its
 * arguments, reads the report and runs the preflight. The first export in a JVM spends most of
 * its time once: XMLBeans reads the index of the whole OOXML type system (about 0.5 s of CPU on a
 * cold JVM with C1), POI's package classes load and the JDK's XML transformer starts for
 * [Content_Types].xml. Exporting a one-paragraph report to nowhere does all of that on a second
 * core; the real export then finds the classes initialized (or waits for the class being
 * initialized, which the JVM guarantees is done once). The output does not depend on it.
 */
public final class ExporterWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ExporterWarmUp.class);

    private ExporterWarmUp() {
    }

    /**
     * One export of a tiny report, thrown away; a failure here is only logged: the real export
     * reports its own. The process entry point runs it on a daemon thread.
     */
    public static void run() {
        try {
            new DocxExporter().write(tinyReport(), ExportProfile.standard(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException | LinkageError e) {
            LOG.debug("export warm-up failed", e);
        }
    }

    private static Report tinyReport() {
        Report r = new Report();
        r.setTitle("工作总结");
        r.root().add(new Section("一项工作", RichText.ofPlain("正文。")));
        r.setSignature("单位");
        r.setDate("2025年1月1日");
        return r;
    }
}
