package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.text.CharCounter;

/**
 * Part A of the built-in template library: skeletons, openings/closings/problems and the topics
 * 党的建设 … 德育与五育并举. A secretary inserts these texts into a report she will submit, so
 * anything that would show in the exported file as a defect (a typed sequence label, a web
 * placeholder, an unknown field, half-width punctuation, a skipped 一是/二是 ordinal) fails here.
 */
class BuiltinContentPartATest {

    private static final String DIR = "/org/reportdesk/library/builtin/";
    private static final List<String> FILES =
            List.of("skeletons.json", "openings-closings-problems.json", "topics-a.json");

    static final List<String> PART_A_TOPICS = List.of("党的建设", "党风廉政", "教育综合改革", "学前教育",
            "义务教育", "双减与课后服务", "普通高中", "职业教育", "民办教育与校外培训治理", "教师队伍", "德育与五育并举");

    private static final Set<String> FIELD_NAMES = Set.of(Fields.UNIT, Fields.YEAR, Fields.PREVIOUS_YEAR,
            Fields.NEXT_YEAR, Fields.PERIOD, Fields.NEXT_PERIOD);

    /** 一、 （一） (一) 1. 1、 1． （1） (1) ① at the start of a heading: the program computes these. */
    static final Pattern SEQUENCE_LABEL = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]+\\s*[、.．]|[（(]\\s*[一二三四五六七八九十百\\d]+\\s*[）)]"
                    + "|\\d+\\s*[、.．)）]|[①-⑳]|第[一二三四五六七八九十]+[、，,：:])");

    /** Anonymisation marks of web model texts. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)xx|××|＊|某某|＿＿|__|□|■|20_+年|\\d*[x×]{1,4}年|\\*");

    private static final String CJK = "\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef【】《》“”‘’";
    static final Pattern HALF_WIDTH_NEAR_CJK =
            Pattern.compile("[" + CJK + "]\\s*[,;:()!?]|[,;:()!?]\\s*[" + CJK + "]");

    /** An inline enumeration item: 一是 at the start of a clause. */
    private static final Pattern ORDINAL = Pattern.compile("(?:^|[。；：，！])([一二三四五六七八九十])是");
    private static final String ORDINALS = "一二三四五六七八九十";

    private static final Map<String, List<Template>> BY_FILE = new LinkedHashMap<>();
    private static final List<Template> ALL = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        for (String f : FILES) {
            List<Template> ts = TemplateJson.read(resource(f), TemplateSource.BUILTIN);
            BY_FILE.put(f, ts);
            ALL.addAll(ts);
        }
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = BuiltinContentPartATest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as("resource %s", file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFileIsATemplateCollectionOfThisVersion() throws IOException {
        for (String f : FILES) {
            JsonNode root = new ObjectMapper().readTree(resource(f));
            assertThat(root.path("format").asText()).as(f).isEqualTo(TemplateJson.FORMAT);
            assertThat(root.path("version").asInt()).as(f).isEqualTo(TemplateJson.VERSION);
            assertThat(BY_FILE.get(f)).as(f).isNotEmpty();
            for (JsonNode t : root.path("templates")) {
                assertThat(t.path("sections").isArray()).as("sections of %s", t.path("key")).isTrue();
            }
        }
    }

    @Test
    void keysAreUniqueStableAscii() {
        Set<String> seen = new HashSet<>();
        for (Template t : ALL) {
            assertThat(t.key()).as(t.title()).isNotNull().matches("[a-z0-9]+(?:[.-][a-z0-9]+)+");
            assertThat(seen.add(t.key())).as("duplicate key %s", t.key()).isTrue();
        }
    }

    @Test
    void titlesAreUniqueAndSectionTemplatesNameTopicAndKind() {
        Set<String> seen = new HashSet<>();
        for (Template t : ALL) {
            assertThat(seen.add(t.title())).as("duplicate title %s", t.title()).isTrue();
            assertThat(t.tags()).as(t.key()).isNotEmpty()
                    .allSatisfy(tag -> assertThat(tag).isNotBlank().hasSizeLessThanOrEqualTo(8));
            switch (t.kind()) {
                case SUMMARY, PLAN, MEASURE, PROBLEM -> assertThat(t.title()).as(t.key())
                        .startsWith(t.topic() + "：").endsWith("（" + t.kind().label() + "）");
                default -> assertThat(t.title()).as(t.key()).doesNotContain("：");
            }
        }
    }

    @Test
    void topicsAreBuiltinNames() {
        for (Template t : ALL) {
            assertThat(Topics.BUILTIN).as(t.key()).contains(t.topic());
        }
    }

    @Test
    void everyPartATopicHasTwoSummariesAndTwoPlans() {
        for (String topic : PART_A_TOPICS) {
            assertThat(count(TemplateKind.SUMMARY, topic)).as("总结 of %s", topic).isGreaterThanOrEqualTo(2);
            assertThat(count(TemplateKind.PLAN, topic)).as("计划 of %s", topic).isGreaterThanOrEqualTo(2);
        }
        for (Template t : BY_FILE.get("topics-a.json")) {
            assertThat(PART_A_TOPICS).as("topics-a.json holds part A topics only: %s", t.key()).contains(t.topic());
            assertThat(t.kind()).as(t.key()).isIn(TemplateKind.SUMMARY, TemplateKind.PLAN, TemplateKind.MEASURE);
        }
    }

    private static long count(TemplateKind kind, String topic) {
        return ALL.stream().filter(t -> t.kind() == kind && t.topic().equals(topic)).count();
    }

    @Test
    void skeletonsAreWholeReports() {
        List<Template> skeletons = BY_FILE.get("skeletons.json");
        assertThat(skeletons).hasSizeGreaterThanOrEqualTo(7);
        for (Template t : skeletons) {
            assertThat(t.kind()).as(t.key()).isEqualTo(TemplateKind.SKELETON);
            assertThat(t.topic()).as(t.key()).isEqualTo(Topics.GENERAL);
            assertThat(t.titlePattern()).as(t.key()).contains("{{" + Fields.UNIT + "}}");
            assertThat(t.sections()).as(t.key()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(t.opening().plainText()).as(t.key()).isNotBlank().matches("(?s).*[：。]$");
            assertThat(height(t.sections())).as("depth of %s", t.key()).isBetween(2, 4);
        }
        assertThat(skeletons).extracting(Template::key)
                .contains("skeleton.half-year", "skeleton.annual", "skeleton.work-points", "skeleton.duty-report");
    }

    @Test
    void skeletonsBecomeReportsWithEveryFieldFilled() {
        for (Template t : BY_FILE.get("skeletons.json")) {
            Report r = ReportFactory.fromSkeleton(t, "青川县教育局", 2025, Period.FIRST_HALF);
            assertThat(r.title()).as(t.key()).contains("青川县教育局").doesNotContain("{{");
            assertThat(r.opening().plainText()).as(t.key()).doesNotContain("{{");
            for (Section s : r.allSections()) {
                assertThat(s.heading() + s.body().plainText()).as(t.key()).doesNotContain("{{", "}}");
            }
        }
        Template halfYear = byKey("skeleton.half-year");
        Report r = ReportFactory.fromSkeleton(halfYear, "青川县教育局", 2025, Period.FIRST_HALF);
        assertThat(r.title()).isEqualTo("青川县教育局2025年上半年工作总结和下半年工作计划");
        assertThat(r.sections()).extracting(Section::heading).containsExactly("上半年主要工作及成效", "存在的问题", "下半年工作计划");
        Report annual = ReportFactory.fromSkeleton(byKey("skeleton.annual"), "青川县教育局", 2025, Period.YEAR);
        assertThat(annual.sections().get(2).heading()).isEqualTo("2026年工作打算");
    }

    @Test
    void openingsClosingsAndProblemsAreThere() {
        List<Template> ocp = BY_FILE.get("openings-closings-problems.json");
        assertThat(ocp.stream().filter(t -> t.kind() == TemplateKind.OPENING).count()).isGreaterThanOrEqualTo(8);
        assertThat(ocp.stream().filter(t -> t.kind() == TemplateKind.CLOSING).count()).isGreaterThanOrEqualTo(5);
        assertThat(ocp.stream().filter(t -> t.kind() == TemplateKind.PROBLEM).count()).isGreaterThanOrEqualTo(14);
        for (Template t : ocp) {
            if (t.kind() == TemplateKind.OPENING || t.kind() == TemplateKind.CLOSING) {
                assertThat(t.sections()).as(t.key()).hasSize(1);
                assertThat(t.sections().get(0).heading()).as(t.key()).isEmpty();
                assertThat(t.sections().get(0).children()).as(t.key()).isEmpty();
            }
            if (t.kind() == TemplateKind.PROBLEM) {
                assertThat(t.sections()).as(t.key()).hasSize(1);
                assertThat(t.sections().get(0).runIn()).as(t.key()).isTrue();
            }
        }
    }

    @Test
    void headingsCarryNoSequenceLabel() {
        for (Template t : ALL) {
            for (Section s : sections(t)) {
                assertThat(SEQUENCE_LABEL.matcher(s.heading()).find()).as("%s: %s", t.key(), s.heading()).isFalse();
            }
        }
    }

    @Test
    void runInHeadingsAreShortSentences() {
        for (Template t : ALL) {
            for (Section s : sections(t)) {
                if (s.runIn()) {
                    assertThat(s.heading()).as(t.key()).endsWith("。");
                    assertThat(CharCounter.count(s.heading())).as("%s: %s", t.key(), s.heading()).isLessThanOrEqualTo(32);
                } else {
                    assertThat(s.heading()).as(t.key()).doesNotEndWith("。");
                }
            }
        }
    }

    @Test
    void noPlaceholderFormsAnywhere() {
        for (Template t : ALL) {
            for (String text : texts(t)) {
                assertThat(PLACEHOLDER.matcher(text).find()).as("%s: %s", t.key(), text).isFalse();
            }
        }
    }

    @Test
    void fieldsAndBlanksAreWellFormed() {
        for (Template t : ALL) {
            for (String text : texts(t)) {
                Matcher m = Fields.FIELD.matcher(text);
                while (m.find()) {
                    assertThat(FIELD_NAMES).as("%s: %s", t.key(), m.group()).contains(m.group(1));
                }
                String rest = Fields.FIELD.matcher(text).replaceAll("");
                assertThat(rest).as("%s: stray braces in %s", t.key(), text).doesNotContain("{", "}");
                String withoutBlanks = Fields.BLANK.matcher(text).replaceAll("");
                assertThat(withoutBlanks).as("%s: malformed blank in %s", t.key(), text).doesNotContain("【", "】");
                assertThat(text).as(t.key()).doesNotContain("【】");
                assertThat(count(text, '《')).as("%s: 《》 in %s", t.key(), text).isEqualTo(count(text, '》'));
                assertThat(count(text, '“')).as("%s: “” in %s", t.key(), text).isEqualTo(count(text, '”'));
            }
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Test
    void punctuationIsFullWidthInChineseText() {
        for (Template t : ALL) {
            for (String text : texts(t)) {
                assertThat(HALF_WIDTH_NEAR_CJK.matcher(text).find()).as("%s: %s", t.key(), text).isFalse();
                assertThat(text).as(t.key()).doesNotContain("\"", "'", "  ");
            }
        }
    }

    @Test
    void inlineEnumerationsNeverSkipAnOrdinal() {
        for (Template t : ALL) {
            for (String text : texts(t)) {
                for (String paragraph : text.split("\n")) {
                    assertThat(enumerationDefect(paragraph)).as("%s: %s", t.key(), paragraph).isNull();
                }
            }
        }
    }

    /** Null when every 一是 … run counts up by one and has at least two items, else what is wrong. */
    static String enumerationDefect(String paragraph) {
        Matcher m = ORDINAL.matcher(paragraph);
        int previous = 0;
        while (m.find()) {
            int n = ORDINALS.indexOf(m.group(1)) + 1;
            if (n == 1 && previous == 1) {
                return "一是 without 二是";
            }
            if (n != 1 && n != previous + 1) {
                return m.group(1) + "是 after " + (previous == 0 ? "nothing" : ORDINALS.charAt(previous - 1) + "是");
            }
            previous = n;
        }
        return previous == 1 ? "一是 without 二是" : null;
    }

    @Test
    void bodyLengthsFitTheirKind() {
        for (Template t : ALL) {
            int length = sections(t).stream().mapToInt(s -> CharCounter.count(s.body().plainText())).sum();
            switch (t.kind()) {
                case SUMMARY, PLAN, MEASURE -> assertThat(length).as(t.key()).isBetween(150, 450);
                case PROBLEM -> assertThat(length).as(t.key()).isBetween(100, 400);
                case OPENING -> assertThat(length).as(t.key()).isBetween(60, 300);
                case CLOSING -> assertThat(length).as(t.key()).isBetween(40, 250);
                case SKELETON -> sections(t).forEach(s ->
                        assertThat(CharCounter.count(s.body().plainText())).as("%s: %s", t.key(), s.heading()).isLessThanOrEqualTo(250));
            }
        }
    }

    @Test
    void sectionTemplatesFitUnderATopLevelHeading() {
        for (Template t : ALL) {
            if (t.kind() != TemplateKind.SKELETON) {
                // Inserted under 一、…, a section template may use 2 of the 3 remaining levels deeper.
                assertThat(height(t.sections())).as(t.key()).isBetween(1, 3);
            }
            if (t.kind() == TemplateKind.SUMMARY || t.kind() == TemplateKind.PLAN || t.kind() == TemplateKind.MEASURE) {
                assertThat(t.sections()).as(t.key()).hasSize(1);
                assertThat(t.sections().get(0).runIn()).as(t.key()).isTrue();
            }
        }
    }

    @Test
    void noSentenceIsRepeatedAcrossTemplates() {
        Map<String, String> seen = new HashMap<>();
        for (Template t : ALL) {
            for (String text : texts(t)) {
                for (String sentence : text.split("[。；！\\n]")) {
                    String s = sentence.strip();
                    if (CharCounter.count(s) < 14 || s.contains("【")) {
                        continue;
                    }
                    String other = seen.putIfAbsent(s, t.key());
                    assertThat(other == null || other.equals(t.key()))
                            .as("“%s” in %s and %s", s, other, t.key()).isTrue();
                }
            }
        }
    }

    @Test
    void theCheckersCatchWhatTheyAreFor() {
        assertThat(SEQUENCE_LABEL.matcher("（一）加强党的建设。").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("(二) 深化改革").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("三、下半年工作计划").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("1.加强理论武装。").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("2、夯实基层组织").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("（3）学前教育阶段。").find()).isTrue();
        assertThat(SEQUENCE_LABEL.matcher("一校一策，错位发展。").find()).isFalse();
        assertThat(SEQUENCE_LABEL.matcher("{{时段}}主要工作及成效").find()).isFalse();

        for (String bad : List.of("XX县教育局", "xx年", "××学校", "某某同志", "20_年", "共计**万元", "＿＿所", "□月", "20xx年")) {
            assertThat(PLACEHOLDER.matcher(bad).find()).as(bad).isTrue();
        }
        assertThat(PLACEHOLDER.matcher("新增学位【数字】个，{{年度}}年").find()).isFalse();

        assertThat(HALF_WIDTH_NEAR_CJK.matcher("一是加强党建,二是深化改革").find()).isTrue();
        assertThat(HALF_WIDTH_NEAR_CJK.matcher("资助标准(每生每期)").find()).isTrue();
        assertThat(HALF_WIDTH_NEAR_CJK.matcher("比例达到95%，共3,000人").find()).isFalse();

        assertThat(enumerationDefect("一是学习。三是落实。")).isNotNull();
        assertThat(enumerationDefect("一是学习。二是落实。二是检查。")).isNotNull();
        assertThat(enumerationDefect("围绕目标，一是学习。")).isNotNull();
        assertThat(enumerationDefect("一是学习。二是落实。三是检查。")).isNull();
        assertThat(enumerationDefect("统一是前提，一是学习，二是落实。")).isNull();
    }

    private static Template byKey(String key) {
        return ALL.stream().filter(t -> key.equals(t.key())).findFirst().orElseThrow();
    }

    private static int height(List<Section> sections) {
        int h = 0;
        for (Section s : sections) {
            h = Math.max(h, 1 + height(s.children()));
        }
        return h;
    }

    private static List<Section> sections(Template t) {
        List<Section> out = new ArrayList<>();
        collect(t.sections(), out);
        return out;
    }

    private static void collect(List<Section> sections, List<Section> out) {
        for (Section s : sections) {
            out.add(s);
            collect(s.children(), out);
        }
    }

    private static List<String> texts(Template t) {
        List<String> out = new ArrayList<>(List.of(t.title(), t.titlePattern(), t.opening().plainText()));
        out.addAll(t.tags());
        for (Section s : sections(t)) {
            out.add(s.heading());
            out.add(s.body().plainText());
        }
        return out;
    }
}
