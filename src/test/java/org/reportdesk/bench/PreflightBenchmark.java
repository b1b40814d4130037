package org.reportdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reportdesk.check.CheckResult;
import org.reportdesk.check.IncrementalChecker;
import org.reportdesk.check.Preflight;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Preflight speed over a generated report of about 100,000 characters: a full check, and a
 * re-check after one keystroke (snapshot + incremental check). Targets: ≤ 100 ms and ≤ 10 ms.
 * Run: mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 *      -Dexec.mainClass=org.reportdesk.bench.PreflightBenchmark
 */
public final class PreflightBenchmark {

    private static final String[] CLAUSES = {
        "全区新增普惠性学位%d个", "组织教师专题培训%d人次", "投入专项资金%d万元用于校舍维修", "建成智慧教室%d间",
        "一是完善工作机制", "二是压实主体责任", "三是强化督导考核", "开展校园安全隐患排查%d次", "整改问题%d项",
        "课后服务参与率达到%d.5%%", "新建改扩建学校%d所", "落实营养改善计划惠及学生%d人", "家校共育讲座覆盖家长%d人",
        "依据《关于进一步加强中小学校园安全工作的通知》要求", "按照区教发〔2023〕%d号文件精神", "每天10:30组织大课间活动",
        "推进集团化办学，组建教育集团%d个", "选派骨干教师%d名赴农村学校支教", "心理健康教育实现全覆盖",
        "完成xx所学校改造", "累计资助学生【数字】人次", "强化统筹,狠抓落实",
    };

    /** Thread CPU time: on a shared, loaded machine wall time also counts waiting for a core. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PreflightBenchmark() {
    }

    public static void main(String[] args) {
        Report report = generate(new Random(42), 100_000);
        int chars = report.allSections().stream().mapToInt(s -> s.heading().length() + s.body().plainText().length()).sum();
        Preflight preflight = new Preflight();
        CheckResult result = preflight.check(report);
        System.out.printf("load average at start: %.2f on %d cores%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.printf("report: %d characters, %d sections, %d findings%n", chars, report.allSections().size(),
                result.findings().size());

        boolean skipFull = Arrays.asList(args).contains("--incremental-only");
        for (int i = 0; i < 30 && !skipFull; i++) {
            preflight.check(report);
        }
        long[] full = new long[skipFull ? 1 : 60];
        long[] fullCpu = new long[full.length];
        for (int i = 0; i < full.length; i++) {
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            preflight.check(report);
            full[i] = System.nanoTime() - t;
            fullCpu[i] = CPU.getCurrentThreadCpuTime() - c;
        }
        print("full check, wall", full);
        print("full check, thread CPU", fullCpu);

        IncrementalChecker checker = new IncrementalChecker(preflight);
        checker.check(report.copy());
        List<Section> leaves = report.allSections().stream().filter(s -> s.children().isEmpty()).toList();
        Random rnd = new Random(7);
        for (int i = 0; i < (skipFull ? 3000 : 200); i++) {
            keystroke(leaves, rnd);
            checker.check(report.copy());
        }
        long[] incremental = new long[300];
        long[] incrementalCpu = new long[incremental.length];
        int rechecked = 0;
        for (int i = 0; i < incremental.length; i++) {
            keystroke(leaves, rnd);
            long c = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            checker.check(report.copy());
            incremental[i] = System.nanoTime() - t;
            incrementalCpu[i] = CPU.getCurrentThreadCpuTime() - c;
            rechecked += checker.lastRecheckedSections();
        }
        print("re-check after one keystroke (snapshot + incremental), wall", incremental);
        print("re-check after one keystroke (snapshot + incremental), thread CPU", incrementalCpu);
        System.out.printf("sections re-run per keystroke: %.2f%n", rechecked / (double) incremental.length);
    }

    private static void keystroke(List<Section> leaves, Random rnd) {
        Section s = leaves.get(rnd.nextInt(leaves.size()));
        String text = s.body().plainText();
        int at = rnd.nextInt(text.length() + 1);
        s.setBody(RichText.ofPlain(text.substring(0, at) + "的" + text.substring(at)));
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        System.out.printf("%s: median %.2f ms, p95 %.2f ms (n=%d)%n", what, median, p95, nanos.length);
    }

    static Report generate(Random rnd, int targetChars) {
        Report r = new Report();
        r.setTitle("城东区教育局2025年工作总结和2026年工作计划");
        r.setYear(2025);
        r.setPeriod(Period.YEAR);
        r.setOpening(RichText.ofPlain("2025年，我局坚持立德树人根本任务，各项工作取得新进展。现将有关情况报告如下："));
        int chars = 0;
        int top = 0;
        while (chars < targetChars) {
            Section s1 = new Section("第" + (++top) + "方面重点工作");
            r.root().add(s1);
            for (int j = 0; j < 5 && chars < targetChars; j++) {
                Section s2 = new Section("强化第" + (j + 1) + "项举措，提升办学质量");
                s1.add(s2);
                for (int k = 0; k < 4 && chars < targetChars; k++) {
                    List<String> paras = new ArrayList<>();
                    for (int p = 0; p < 4; p++) {
                        StringBuilder sb = new StringBuilder();
                        while (sb.length() < 140) {
                            sb.append(String.format(CLAUSES[rnd.nextInt(CLAUSES.length)], 1 + rnd.nextInt(300)));
                            sb.append(rnd.nextInt(3) == 0 ? "。" : "，");
                        }
                        sb.setCharAt(sb.length() - 1, '。');
                        paras.add(sb.toString());
                        chars += sb.length();
                    }
                    s2.add(new Section("细化任务" + (k + 1), RichText.ofPlain(String.join("\n", paras))));
                }
            }
        }
        r.setSignature("城东区教育局");
        r.setDate("2025年12月26日");
        return r;
    }
}
