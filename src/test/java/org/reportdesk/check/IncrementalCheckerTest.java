package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class IncrementalCheckerTest {

    private static final String[] SNIPPETS = {
        "新增学位xx个，", "一是", "二是", "四是", "1.", "3.", "（2）", ",", "\"", "...", "《", "》", "2019年底前",
        "今年（2024年）", "【人数】", "{{负责人}}", "３", "完成改造任务。", "某某", "一、", "x所", "Excel", "10:30",
        "坚持问题导向，聚焦群众急难愁盼，推动资源向农村学校倾斜。", "〔2019〕", "\n", "", "计划", "2026年",
    };

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 2025L})
    void incrementalCheckEqualsFullCheckAfterRandomEdits(long seed) {
        Random rnd = new Random(seed);
        Report r = Reports.clean();
        IncrementalChecker checker = new IncrementalChecker();
        Preflight full = new Preflight();
        for (int step = 0; step < 250; step++) {
            edit(r, rnd);
            Report snapshot = r.copy();
            assertThat(checker.check(snapshot).findings()).as("seed %d step %d", seed, step)
                    .isEqualTo(full.check(snapshot).findings());
        }
    }

    @Test
    void oneKeystrokeRechecksOneSection() {
        Report r = Reports.clean();
        IncrementalChecker checker = new IncrementalChecker();
        checker.check(r.copy());
        assertThat(checker.lastRecheckedSections()).isEqualTo(r.allSections().size());
        Section s = r.sections().get(2).children().get(1);
        s.setBody(RichText.ofPlain(s.body().plainText().replace("120名", "120x名")));
        CheckResult result = checker.check(r.copy());
        assertThat(checker.lastRecheckedSections()).isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::rule).containsExactly("placeholder.marker");
        checker.check(r.copy());
        assertThat(checker.lastRecheckedSections()).isZero();
    }

    @Test
    void changingTheReportYearRechecksEverySection() {
        Report r = Reports.clean();
        IncrementalChecker checker = new IncrementalChecker();
        checker.check(r);
        r.setYear(2026);
        checker.check(r);
        assertThat(checker.lastRecheckedSections()).isEqualTo(r.allSections().size());
    }

    @Test
    void snapshotKeepsIdsAndIsIndependent() {
        Report r = Reports.clean();
        Report copy = r.copy();
        assertThat(copy.allSections()).extracting(Section::id)
                .containsExactlyElementsOf(r.allSections().stream().map(Section::id).toList());
        copy.sections().get(0).setHeading("改过的标题");
        copy.root().add(new Section("新节"));
        assertThat(r.sections().get(0).heading()).isEqualTo("上半年主要工作");
        assertThat(r.sections()).hasSize(3);
    }

    @Test
    void f3FindsTheNextPlaceholderFromTheCaretAndWraps() {
        Report r = Reports.clean();
        r.setTitle("XX区教育局2025年上半年工作总结");
        Section a = r.sections().get(0).children().get(0);
        a.setBody(RichText.ofPlain("新增学位【数字】个,其中公办xx个。"));
        Section b = r.sections().get(2).children().get(1);
        b.setHeading("加强{{负责人}}队伍建设");
        CheckResult result = new Preflight().check(r);
        Location caret = new Location(TextTarget.BODY, a.id(), 0, 2, 2);
        Finding first = result.nextFillIn(caret).orElseThrow();
        assertThat(first.excerpt()).contains("【数字】");
        Finding second = result.nextFillIn(first.location()).orElseThrow();
        assertThat(second.rule()).isEqualTo("placeholder.marker");
        Finding third = result.nextFillIn(second.location()).orElseThrow();
        assertThat(third.rule()).isEqualTo("field.unfilled");
        assertThat(third.location().target()).isEqualTo(TextTarget.HEADING);
        Finding wrapped = result.nextFillIn(third.location()).orElseThrow();
        assertThat(wrapped.section()).isEqualTo("标题");
        assertThat(result.previousFillIn(third.location())).contains(second);
        assertThat(result.previousFillIn(wrapped.location())).contains(third);
        assertThat(result.forSection(a.id())).extracting(Finding::rule)
                .containsExactly("placeholder.blank", "punctuation.halfWidth", "placeholder.marker");
    }

    private static void edit(Report r, Random rnd) {
        List<Section> all = r.allSections();
        String snippet = SNIPPETS[rnd.nextInt(SNIPPETS.length)];
        int op = rnd.nextInt(10);
        if (all.isEmpty() || op == 0) {
            Section parent = all.isEmpty() || rnd.nextBoolean() ? r.root() : all.get(rnd.nextInt(all.size()));
            parent.add(rnd.nextInt(parent.children().size() + 1), new Section("新增一节" + snippet,
                    RichText.ofPlain(rnd.nextBoolean() ? "" : "补充说明" + snippet)));
            return;
        }
        Section s = all.get(rnd.nextInt(all.size()));
        switch (op) {
            case 1 -> s.detach();
            case 2 -> {
                s.detach();
                List<Section> rest = r.allSections();
                Section parent = rest.isEmpty() || rnd.nextBoolean() ? r.root() : rest.get(rnd.nextInt(rest.size()));
                parent.add(rnd.nextInt(parent.children().size() + 1), s);
            }
            case 3 -> s.setHeading(rnd.nextBoolean() ? snippet + s.heading() : s.heading() + snippet);
            case 4 -> {
                switch (rnd.nextInt(4)) {
                    case 0 -> r.setYear(2024 + rnd.nextInt(3));
                    case 1 -> r.setDate(rnd.nextBoolean() ? "2025年07月05日" : "2025年7月5日");
                    case 2 -> r.setTitle(r.title() + snippet);
                    default -> r.setOpening(RichText.ofPlain(r.opening().plainText() + snippet));
                }
            }
            default -> s.setBody(insert(s.body(), snippet, rnd));
        }
    }

    private static RichText insert(RichText body, String snippet, Random rnd) {
        String text = body.plainText();
        int at = text.isEmpty() ? 0 : rnd.nextInt(text.length() + 1);
        if (rnd.nextInt(5) == 0 && !text.isEmpty()) {
            int end = Math.min(text.length(), at + 1 + rnd.nextInt(4));
            return RichText.ofPlain(text.substring(0, at) + text.substring(end));
        }
        String one = snippet.isEmpty() ? "" : snippet.substring(0, rnd.nextBoolean() ? 1 : snippet.length());
        return RichText.ofPlain(text.substring(0, at) + one + text.substring(at));
    }
}
