package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** cli-speed: the CLI gets the exporter ready on a second thread; the document must not notice. */
class ExporterWarmUpTest {

    @Test
    void anExportRacingTheWarmUpWritesTheSameDocumentAsOneAfterIt() throws Exception {
        Thread warmUp = new Thread(ExporterWarmUp::run);
        warmUp.start();
        ExportedDocx during = export();
        warmUp.join(60_000);
        assertThat(warmUp.isAlive()).isFalse();
        ExportedDocx after = export();

        assertThat(during.parts.keySet()).containsExactlyElementsOf(after.parts.keySet());
        // docProps/core.xml carries the creation time, to the second
        assertThat(withoutCreated(during)).isEqualTo(withoutCreated(after));
        assertThat(during.parts.get("word/document.xml")).contains("云溪县教育局");
    }

    private static java.util.Map<String, String> withoutCreated(ExportedDocx d) {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>(d.parts);
        parts.computeIfPresent("docProps/core.xml", (k, v) -> v.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", ""));
        return parts;
    }

    private static ExportedDocx export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(SampleReports.threePages(), ExportProfile.standard(), out);
        return new ExportedDocx(out.toByteArray());
    }
}
