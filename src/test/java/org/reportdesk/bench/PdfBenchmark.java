package org.reportdesk.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.layout.fonts.FontSet;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.pdf.PdfExporter;

/**
 * PDF export speed of a ~30-page report with the machine's PDF fonts (target ≤ 1 s warm): the same
 * report again, and the report after typing a character its fonts' subsets do not hold yet (one new
 * subset). Prints median and maximum wall time and the median CPU time of the exporting thread (the
 * machine is shared; CPU time shows the work without the waiting), and writes the last PDF to the
 * path given as the first argument (for pdffonts and pdftoppm).
 */
public final class PdfBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String NEW_CHARACTERS = "鑫龘麤靐齉爩鱻馫";

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ExportProfile std = ExportProfile.standard();
        Report thirty = SampleReports.large(15_000, 40);
        long t0 = System.nanoTime();
        PdfExporter pdf = new PdfExporter(FontSet.forPdf());
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        pdf.write(thirty, std, out);
        System.out.printf("first export (fonts parsed, subsets made): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        int pages = pdf.layout(thirty, std).pageCount();
        for (int i = 0; i < 5; i++) {
            out.reset();
            pdf.write(thirty, std, out);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        print("PDF export of " + pages + " pages warm, same characters", time(rounds, () -> pdf.write(thirty, std, reset(out))), out.size());

        Section edited = thirty.allSections().get(thirty.allSections().size() / 2);
        String base = edited.body().plainText();
        int made = pdf.subsetsMade();
        int[] typed = {0};
        double[][] newChar = time(NEW_CHARACTERS.length(), () -> {
            edited.setBody(RichText.ofPlain(base + NEW_CHARACTERS.substring(0, ++typed[0])));
            pdf.write(thirty, std, reset(out));
        });
        print("PDF export of " + pages + " pages warm, one new character typed", newChar, out.size());
        System.out.printf("subsets made for the %d new-character exports: %d%n", NEW_CHARACTERS.length(), pdf.subsetsMade() - made);
        System.out.printf("load average: %s, cores: %d%n", Files.readString(Path.of("/proc/loadavg")).strip(),
                Runtime.getRuntime().availableProcessors());
        if (args.length > 0) {
            Files.write(Path.of(args[0]), out.toByteArray());
        }
    }

    private interface Export {
        void run() throws Exception;
    }

    private static ByteArrayOutputStream reset(ByteArrayOutputStream out) {
        out.reset();
        return out;
    }

    private static double[][] time(int n, Export export) throws Exception {
        double[] wall = new double[n];
        double[] cpu = new double[n];
        for (int i = 0; i < n; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            export.run();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }

    private static void print(String what, double[][] t, int bytes) {
        double[] wall = t[0];
        System.out.printf("%s: median %.0f ms, max %.0f ms wall; median %.0f ms CPU (target <= 1000 ms); %d bytes%n", what,
                wall[wall.length / 2], wall[wall.length - 1], t[1][t[1].length / 2], bytes);
    }
}
