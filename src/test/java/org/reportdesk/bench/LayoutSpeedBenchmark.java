package org.reportdesk.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.pdf.PdfExporter;

/**
 * Layout and PDF speed, with the machine's PDF fonts: re-pagination of a ~30-page report after a
 * keystroke (target ≤ 50 ms), first layout of a ~100-page report (≤ 500 ms, fonts already
 * loaded), PDF export of the ~30-page report warm (≤ 1 s). Prints medians and maxima.
 */
public final class LayoutSpeedBenchmark {

    private LayoutSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        FontSet fonts = FontSet.forPdf();
        long t0 = System.nanoTime();
        new LayoutEngine(fonts).layout(SampleReports.small(), ExportProfile.standard());
        System.out.printf("font loading (cold, once per process): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        ExportProfile std = ExportProfile.standard();

        Report thirty = SampleReports.large(15_000, 40);
        Report hundred = SampleReports.large(50_000, 120);
        for (int i = 0; i < 5; i++) {
            new LayoutEngine(fonts).layout(hundred, std);
        }
        double[] first = new double[7];
        int pages100 = 0;
        for (int i = 0; i < first.length; i++) {
            LayoutEngine fresh = new LayoutEngine(fonts);
            long t = System.nanoTime();
            pages100 = fresh.layout(hundred, std).pageCount();
            first[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(first);
        System.out.printf("first layout of %d pages: median %.1f ms, max %.1f ms (target <= 500 ms)%n", pages100, first[first.length / 2],
                first[first.length - 1]);

        LayoutEngine engine = new LayoutEngine(fonts);
        PageLayout l = engine.layout(thirty, std);
        Section edited = thirty.allSections().get(thirty.allSections().size() / 2);
        String base = edited.body().plainText();
        double[] key = new double[50];
        for (int i = 0; i < key.length; i++) {
            edited.setBody(RichText.ofPlain(base.substring(0, base.length() / 2) + "字".repeat(i + 1) + base.substring(base.length() / 2)));
            long t = System.nanoTime();
            l = engine.layout(thirty, std);
            key[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(key);
        System.out.printf("re-pagination of %d pages after a keystroke: median %.1f ms, max %.1f ms (target <= 50 ms); blocks measured: %d%n",
                l.pageCount(), key[key.length / 2], key[key.length - 1], engine.measuredLast());

        PdfExporter pdf = new PdfExporter(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        for (int i = 0; i < 5; i++) {
            out.reset();
            pdf.write(thirty, std, out);
        }
        double[] ms = new double[10];
        for (int i = 0; i < ms.length; i++) {
            out.reset();
            long t = System.nanoTime();
            pdf.write(thirty, std, out);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("PDF export of %d pages warm: median %.1f ms, max %.1f ms (target <= 1000 ms); %d bytes%n", l.pageCount(),
                ms[ms.length / 2], ms[ms.length - 1], out.size());
        System.out.println("fonts set in substitutes: " + pdf.substitutes());
    }
}
