package org.reportdesk.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.testing.LargeInputs;

/**
 * Exports a 1,000,000-character report to a file and prints the time and the peak heap in use.
 * Run with the heap a 4 GB office PC gives the JVM by default: {@code -Xmx1g}. Three reports: common
 * characters (10 sections of one 100,000-character paragraph each), and the worst case for run
 * count, characters alternating in and out of GB2312 (教喆…: every character is a run of its own), and two tables of 5,000 rows (argument
 * {@code common}, {@code alternating} or {@code tables} runs one of them).
 */
public final class LargeExportBenchmark {

    private LargeExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        Path out = Files.createTempFile("large-export", ".docx");
        try {
            long t = System.nanoTime();
            run("warm-up (a short report; loads the classes)", org.reportdesk.docx.SampleReports.small(), out);
            System.out.printf("  (first export including class loading: %.0f ms)%n", (System.nanoTime() - t) / 1e6);
            if (!which.equals("alternating")) {
                run("1,000,000 common characters", LargeInputs.reportOf(1_000_000), out);
            }
            if (!which.equals("common") && !which.equals("tables")) {
                run("1,000,000 characters alternating in and out of GB2312", alternating(1_000_000), out);
            }
            if (which.equals("both") || which.equals("tables")) {
                run("1,000,000 characters in tables (2 tables of 5,000 rows × 10 cells of 10 characters)", tables(), out);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Two tables at the model's row limit, a header row each, cells of 10 characters: 1,000,000 characters. */
    private static Report tables() {
        Report r = new Report();
        r.setTitle("某县教育局工作总结");
        for (int t = 0; t < 2; t++) {
            java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < org.reportdesk.model.Table.MAX_ROWS; i++) {
                java.util.List<String> row = new java.util.ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    row.add(i == 0 ? "指标名称第" + c + "列" + "项目" : String.format("%010d", i * 10 + c));
                }
                rows.add(row);
            }
            r.root().add(new Section("统计表" + t, RichText.of(java.util.List.of(
                    org.reportdesk.model.Paragraph.of(org.reportdesk.model.Table.ofText("统计表" + t, 1, rows))))));
        }
        return r;
    }

    private static Report alternating(int total) {
        Report r = new Report();
        r.setTitle("某县教育局工作总结");
        Random rnd = new Random(total);
        for (int i = 0; i < 10; i++) {
            StringBuilder body = new StringBuilder(total / 10);
            while (body.length() < total / 10) {
                body.append(rnd.nextBoolean() ? "教喆" : "学堃");
            }
            r.root().add(new Section("重点工作" + i, RichText.ofPlain(body.toString())));
        }
        return r;
    }

    private static void run(String name, Report report, Path file) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t = System.nanoTime();
        try (OutputStream o = Files.newOutputStream(file)) {
            new DocxExporter().write(report, ExportProfile.standard(), o);
        }
        double ms = (System.nanoTime() - t) / 1e6;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: exported in %.0f ms, docx %d bytes, peak heap in use %d MB (max heap %d MB)%n",
                name, ms, Files.size(file), peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
