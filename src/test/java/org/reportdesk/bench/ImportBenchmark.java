package org.reportdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reportdesk.docx.TestDocx;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.text.CharCounter;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.OutlineParser;
import org.reportdesk.text.PlainTextWriter;

/**
 * Import timings. Targets: a 100-page .docx (≈ 100 × 616 characters with headings) in ≤ 1 s, also
 * with Word's run fragmentation (runs of 1–4 characters);
 * 1 MB of pasted text parsed in ≤ 300 ms. Run:
 * {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.reportdesk.bench.ImportBenchmark}
 */
public final class ImportBenchmark {

    private static final String[] TOPICS = {"党建引领", "队伍建设", "课后服务", "校园安全", "教研体系", "资助政策",
        "督导评估", "集团化办学", "劳动教育", "信息化应用", "控辍保学", "营养改善计划"};
    private static final String[] VERBS = {"强化", "深化", "推进", "完善", "落实", "提升", "健全", "加强"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Random rnd = new Random(42);
        Path dir = Files.createTempDirectory("import-bench");
        Importer importer = new Importer();

        Report big = report(rnd, 100 * 616 * 21 / 20);
        Path docx = dir.resolve("hundred-pages.docx");
        TestDocx.write(big, docx);
        int chars = CharCounter.count(PlainTextWriter.write(big));
        System.out.printf("docx: %d characters (%.1f pages of 616), %d sections, %d KB%n", chars, chars / 616.0,
                big.allSections().size(), Files.size(docx) / 1024);
        double[] docxMs = time(() -> importer.importFile(docx, ImportOptions.defaults()), 3, 10);
        ImportResult r = importer.importFile(docx, ImportOptions.defaults());
        System.out.printf("docx import (all cleaning on): median %.1f ms, max %.1f ms; %d sections back (target <= 1000 ms)%n",
                median(docxMs), max(docxMs), r.first().allSections().size());

        Path fragmented = dir.resolve("hundred-pages-fragmented.docx");
        TestDocx.write(big, fragmented, 4);
        System.out.printf("fragmented docx: the same report, runs of 1-4 characters with revision ids, languages and proofing marks, %d KB%n",
                Files.size(fragmented) / 1024);
        double[] fragMs = time(() -> importer.importFile(fragmented, ImportOptions.defaults()), 3, 10);
        System.out.printf("fragmented docx import: median %.1f ms, max %.1f ms (target <= 1000 ms)%n", median(fragMs), max(fragMs));

        StringBuilder sb = new StringBuilder();
        while (sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 1024 * 1024) {
            String t = PlainTextWriter.write(report(rnd, 60_000));
            // the mess of a web copy: half-width punctuation, stray spaces, broken lines
            sb.append(t.replace("，", ",").replace("。一是", "。 一是").replace("工作", "工\n作"));
        }
        String pasted = sb.toString();
        System.out.printf("pasted text: %d characters, %d KB UTF-8%n", pasted.length(),
                pasted.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024);
        double[] parseMs = time(() -> OutlineParser.parse(pasted), 3, 10);
        System.out.printf("outline parse of 1 MB: median %.1f ms, max %.1f ms (target <= 300 ms)%n", median(parseMs), max(parseMs));
        double[] fullMs = time(() -> importer.importText(pasted, ImportOptions.defaults()), 3, 10);
        System.out.printf("full import of 1 MB (cleaning, punctuation, parse): median %.1f ms, max %.1f ms%n",
                median(fullMs), max(fullMs));
    }

    private static Report report(Random rnd, int targetChars) {
        Report r = new Report();
        r.setTitle("青山县教育局2025年工作总结");
        r.setOpening(RichText.ofPlain("今年以来，我局坚持稳中求进，各项工作有序推进。现将有关情况报告如下："));
        int chars = 0;
        Section top = null;
        Section mid = null;
        int n = 0;
        while (chars < targetChars) {
            if (n % 12 == 0) {
                top = new Section(pick(rnd, VERBS) + pick(rnd, TOPICS));
                r.root().add(top);
            }
            if (n % 4 == 0) {
                mid = new Section(pick(rnd, VERBS) + pick(rnd, TOPICS) + "，" + pick(rnd, VERBS) + pick(rnd, TOPICS) + "。");
                mid.setRunIn(true);
                top.add(mid);
            }
            Section leaf = new Section(pick(rnd, VERBS) + pick(rnd, TOPICS) + "。");
            leaf.setRunIn(true);
            List<Paragraph> ps = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                body.append("一二三四五六".charAt(k)).append("是").append(pick(rnd, VERBS)).append(pick(rnd, TOPICS))
                        .append("，全年完成").append(rnd.nextInt(900) + 10).append("项重点任务，覆盖学校").append(rnd.nextInt(90) + 5)
                        .append("所。");
            }
            ps.add(Paragraph.of(body.toString()));
            leaf.setBody(RichText.of(ps));
            mid.add(leaf);
            if (mid.body().isEmpty()) {
                mid.setBody(RichText.ofPlain("坚持问题导向，统筹推进各项任务落地见效。"));
            }
            chars += body.length() + leaf.heading().length() + 4;
            n++;
        }
        r.setSignature("青山县教育局");
        r.setDate("2025年12月20日");
        return r;
    }

    /**
     * Wall-clock milliseconds of each run; also prints the thread's CPU time, which the load of
     * other processes on a shared machine does not inflate.
     */
    private static double[] time(Runnable task, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        System.out.printf("  wall min %.1f ms; thread CPU median %.1f ms, min %.1f ms%n",
                Arrays.stream(ms).min().orElse(0), median(cpu), Arrays.stream(cpu).min().orElse(0));
        return ms;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(0);
    }

    private static String pick(Random rnd, String[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
