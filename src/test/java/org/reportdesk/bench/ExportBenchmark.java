package org.reportdesk.bench;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.model.Report;
import org.reportdesk.text.CharCounter;

/**
 * In-process export time of a large report (100,000 characters, 200 headings): warm-up, then
 * timed runs; prints median and p95 in ms. Target: median ≤ 100 ms warm.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Report report = SampleReports.large(100_000, 200);
        int chars = CharCounter.count(report.opening().plainText());
        for (var s : report.allSections()) {
            chars += CharCounter.count(s.heading()) + CharCounter.count(s.body().plainText());
        }
        DocxExporter exporter = new DocxExporter();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        long first = System.nanoTime();
        exporter.write(report, ExportProfile.standard(), out);
        double coldMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < warmup; i++) {
            out.reset();
            exporter.write(report, ExportProfile.standard(), out);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            out.reset();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            exporter.write(report, ExportProfile.standard(), out);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("report: %d characters, %d headings; docx %d bytes%n", chars, report.allSections().size(), out.size());
        System.out.printf("first (cold) export: %.1f ms%n", coldMs);
        System.out.printf("warm export over %d runs: median %.1f ms, p95 %.1f ms, min %.1f ms%n", runs,
                ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[0]);
        System.out.printf("thread CPU time per export (less sensitive to a busy machine): median %.1f ms, p95 %.1f ms%n",
                cpu[runs / 2], cpu[(int) Math.ceil(runs * 0.95) - 1]);
    }
}
