package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The three real web copies in ../shared/examples (path from {@code -Dreportdesk.examples}, set by
 * surefire; skipped when absent). Piece counts were taken by reading the files: the Markdown page
 * holds 篇1–篇4, the traditional page 篇一–篇十四, the third page one report whose headings were lost.
 */
class ExamplesTest {

    private static final Pattern PINYIN_JUNK = Pattern.compile(
            "[\\u4e00-\\u9fff][（(][a-z]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]{0,5}[）)]");
    private static final List<String> FURNITURE = List.of("字號", "字号", "小編", "小编", "歡迎大家", "欢迎大家",
            "会员登录", "您现在的位置", "第1页共13页", "\\*", "#");

    private final Importer importer = new Importer();

    private static Path example(String name) {
        String dir = System.getProperty("reportdesk.examples");
        Assumptions.assumeTrue(dir != null, "reportdesk.examples not set");
        Path p = Paths.get(dir, name);
        Assumptions.assumeTrue(Files.isRegularFile(p), "example not present: " + p);
        return p;
    }

    @Test
    void headingsLostPage() throws IOException {
        Path p = example("web-copy-headings-lost.txt");
        ImportResult r = importer.importFile(p, ImportOptions.defaults());
        assertThat(r.reports()).hasSize(1);
        Report report = r.first();
        assertThat(report.title()).isEqualTo("教育局上半年工作总结");
        assertThat(report.opening().plainText()).startsWith("现将我局上半年").doesNotContain("...");
        assertThat(r.changes()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ImportChange.Kind.TEASER));
        // five runs of 1. 2. … and a run of （一）… : every run got a parent to name
        assertThat(report.allSections()).filteredOn(Section::needsReview).hasSize(7)
                .allSatisfy(s -> assertThat(s.heading()).isEmpty());
        assertThat(report.allSections()).allSatisfy(s -> assertThat(s.depth()).isLessThanOrEqualTo(4));
        assertNoHeadingLost(p, r, false);
        assertClean(r);
    }

    @Test
    void markdownCollectionOfFour() throws IOException {
        Path p = example("web-copy-markdown-4-pieces.txt");
        ImportResult r = importer.importFile(p, ImportOptions.defaults());
        assertThat(r.reports()).extracting(Report::title).containsExactly(
                "区教育局2021年上半年工作总结和下半年工作思路", "教育局2021年上半年工作总结和下半年工作思路",
                "训练局2021年上半年工作总结及下半年工作思路", "关于教育局上半年工作总结及下半年工作思路"); // the site's 范文 is not part of the title
        assertThat(r.reports().get(0).sections()).extracting(Section::heading)
                .containsExactly("上半年工作", "存在主要问题", "下半年工作计划");
        assertThat(r.reports().get(0).sections().get(0).children()).hasSize(6)
                .allSatisfy(s -> assertThat(s.runIn()).isTrue());
        // a paragraph the site broke with a blank line in mid-word is whole again
        assertThat(r.reports().get(0).sections().get(0).children().get(2).body().plainText()).contains("破解问题指标");
        Report fourth = r.reports().get(3);
        assertThat(fourth.sections()).extracting(Section::heading).containsExactly("", "xxxx年下半年工作思路");
        assertThat(fourth.sections()).allSatisfy(s -> assertThat(s.children()).hasSize(5));
        assertNoHeadingLost(p, r, false);
        assertClean(r);
    }

    @Test
    void traditionalCollectionOfFourteen() throws IOException {
        Path p = example("web-copy-traditional-14-pieces.txt");
        ImportResult r = importer.importFile(p, ImportOptions.defaults());
        assertThat(r.reports()).hasSize(14).allSatisfy(rep -> assertThat(rep.title()).isEqualTo("教育局工作总结暨工作计划"));
        assertThat(r.reports().get(13).sections()).hasSize(25);
        assertThat(r.warnings()).extracting(ImportWarning::key).contains("import.warning.garbled");
        assertNoHeadingLost(p, r, true);
        assertClean(r);
        String all = r.reports().stream().map(PlainTextWriter::write).collect(Collectors.joining("\n"));
        assertThat(all).doesNotContain("總結", "計劃", "發展", "規劃").contains("规划", "发展");
    }

    @Test
    void withoutSplitTheFirstPieceComesWithAWarning() {
        ImportResult r = importer.importFile(example("web-copy-traditional-14-pieces.txt"),
                ImportOptions.defaults().withSplitCollections(false));
        assertThat(r.reports()).hasSize(1);
        assertThat(r.warnings()).extracting(ImportWarning::message).anySatisfy(m -> assertThat(m).contains("14"));
    }

    private static void assertClean(ImportResult r) {
        for (Report rep : r.reports()) {
            String text = PlainTextWriter.write(rep);
            for (String f : FURNITURE) {
                assertThat(text).as(rep.title()).doesNotContain(f);
            }
            assertThat(PINYIN_JUNK.matcher(text).find()).as(text).isFalse();
        }
    }

    /** Every labelled line of the source is a heading of some report (unless it was joined as a broken line). */
    private static void assertNoHeadingLost(Path p, ImportResult r, boolean traditional) throws IOException {
        Set<Integer> joined = r.changes().stream().filter(c -> c.kind() == ImportChange.Kind.LINE_JOINED)
                .map(ImportChange::line).collect(Collectors.toSet());
        List<String> headings = new ArrayList<>();
        r.reports().forEach(rep -> rep.allSections().forEach(s -> headings.add(s.heading())));
        List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).replaceAll("^[#\\s\\u00a0\\u3000]+", "");
            HeadingLabel l = HeadingLabel.parse(t);
            if (l == null || joined.contains(i + 1) || t.length() == l.length()) {
                continue;
            }
            String rest = PinyinJunk.remove(t.substring(l.length()).strip());
            if (traditional) {
                rest = TraditionalConverter.toSimplified(rest);
            }
            rest = PunctuationNormalizer.normalize(rest);
            String start = rest.substring(0, Math.min(6, rest.length()));
            assertThat(headings).as("line %d: %s", i + 1, t).anySatisfy(h -> assertThat(h).startsWith(start));
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
    }
}
