package org.reportdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.bench.LayoutAgreement;
import org.reportdesk.bench.LayoutCorpus;
import org.reportdesk.docx.LibreOfficeRender;

/**
 * The page view and LibreOffice's rendering of the .docx export agree on the page count of every
 * report of the (quick) corpus, and on at least 90 % of the line breaks. Skipped when LibreOffice
 * or poppler is not installed. The full corpus: bench/LayoutAgreementBenchmark.
 */
class LayoutAgreementTest {

    @TempDir
    Path dir;

    @Test
    void pageCountsAgreeWithLibreOffice() throws Exception {
        assumeTrue(LibreOfficeRender.available(),
                "soffice/pdftotext/pdftoppm not on PATH: layout agreement skipped (install libreoffice-writer-nogui and poppler-utils)");
        List<LayoutAgreement.Result> results = new LayoutAgreement(dir, false).run(LayoutCorpus.items(false));
        assertThat(results).isNotEmpty();
        for (LayoutAgreement.Result r : results) {
            assertThat(r.layoutPages()).as(r.name() + ": pages of the layout vs LibreOffice " + r.firstDifferences())
                    .isEqualTo(r.renderedPages());
        }
        int lines = results.stream().mapToInt(LayoutAgreement.Result::lines).sum();
        int agree = results.stream().mapToInt(LayoutAgreement.Result::linesAgreeing).sum();
        assertThat(agree).as("lines agreeing").isGreaterThanOrEqualTo(lines * 9 / 10);
    }
}
