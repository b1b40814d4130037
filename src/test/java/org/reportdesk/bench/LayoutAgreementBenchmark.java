package org.reportdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how well the layout engine agrees with LibreOffice's rendering of the .docx export over
 * the corpus: {@code page count agree: K/N} and {@code line breaks agree: K/N} (a line agrees when
 * LibreOffice sets the same text on the same page). Needs soffice and pdftotext.
 */
public final class LayoutAgreementBenchmark {

    private LayoutAgreementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean verbose = List.of(args).contains("-v");
        int reuseAt = List.of(args).indexOf("--reuse");
        Path work = reuseAt >= 0 ? Path.of(args[reuseAt + 1]) : Files.createTempDirectory("layout-agreement");
        List<LayoutAgreement.Result> results = new LayoutAgreement(work, reuseAt >= 0).run(LayoutCorpus.items(!List.of(args).contains("--quick")));
        int pages = 0;
        int lines = 0;
        int lineAgree = 0;
        for (LayoutAgreement.Result r : results) {
            pages += r.pagesAgree() ? 1 : 0;
            lines += r.lines();
            lineAgree += r.linesAgreeing();
            System.out.printf("%-40s pages %d/%d  lines %d/%d%n", r.name(), r.layoutPages(), r.renderedPages(), r.linesAgreeing(), r.lines());
            if (verbose) {
                r.firstDifferences().forEach(d -> System.out.println("    " + d));
            }
        }
        System.out.printf("page count agree: %d/%d (%.1f %%)%n", pages, results.size(), 100.0 * pages / results.size());
        System.out.printf("line breaks agree: %d/%d (%.1f %%)%n", lineAgree, lines, 100.0 * lineAgree / Math.max(1, lines));
        System.out.println("work folder: " + work);
    }
}
