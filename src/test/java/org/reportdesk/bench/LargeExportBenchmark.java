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
 * Run with the heap a 4 GB office PC gives the JVM by default: {@code -Xmx1g}. Two reports: common
 * characters (10 sections of one 100,000-character paragraph each), and the worst case for run
 * count, characters alternating in and out of GB2312 (教喆…: every character is a run of its own).
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
            if (!which.equals("common")) {
                run("1,000,000 characters alternating in and out of GB2312", alternating(1_000_000), out);
            }
        } finally {
            Files.deleteIfExists(out);
        }
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
