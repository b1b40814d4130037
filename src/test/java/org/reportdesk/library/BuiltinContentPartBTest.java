package org.reportdesk.library;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Period;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.text.CharCounter;

/** Part B of the built-in template library: the topics from 教研与教学质量 to 特殊教育. */
class BuiltinContentPartBTest {

    private static final String RESOURCE = "/org/reportdesk/library/builtin/topics-b.json";

    private static final List<String> PART_B_TOPICS = List.of(
            "教研与教学质量", "教育信息化", "基础设施与项目建设", "学生资助与教育帮扶", "校园安全",
            "依法治教", "教育督导", "宣传与信息", "招生考试", "经费保障", "特殊教育");

    private static final Set<TemplateKind> SECTION_KINDS =
            EnumSet.of(TemplateKind.SUMMARY, TemplateKind.PLAN, TemplateKind.MEASURE, TemplateKind.PROBLEM);

    private static final Set<String> FIELD_NAMES = Set.of(Fields.UNIT, Fields.YEAR, Fields.PREVIOUS_YEAR,
            Fields.NEXT_YEAR, Fields.PERIOD, Fields.NEXT_PERIOD);

    private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[a-z0-9]+)+");

    /** 一、 （一） (一) 1. 1． 1、 （1） (1) ① 第一， at the start of a heading. */
    static final Pattern SEQUENCE_LABEL = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(]\\s*[一二三四五六七八九十]+\\s*[）)]|\\d+\\s*[.．、]"
                    + "|[（(]\\s*\\d+\\s*[）)]|[①-⑳]|第[一二三四五六七八九十]+[，、：])");

    /** The anonymised forms of web model texts: xx, ××, 某某, ＿＿, □, 20_年, *, a lone x. */
    static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)xx|××|某某|＿＿|__|□|\\d+_年|\\*|(?<![a-z])x(?![a-z])");

    private static final String CJK_OR_FULL = "[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—{}]";

    /** Half-width , ; : ( ) ! ? touching Chinese text. */
    static final Pattern HALF_WIDTH_IN_CJK = Pattern.compile(
            CJK_OR_FULL + "[,;:()!?]|[,;:()!?]" + CJK_OR_FULL);

    /** 一是 二是 … where an enumeration item begins: at the start or after punctuation. */
    private static final Pattern ORDINAL = Pattern.compile("(?<=^|[。；：，！？“])([一二三四五六七八九十]{1,3})是");

    private static final int MIN_BODY = 150;
    private static final int MAX_BODY = 450;

    private static List<Template> templates;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = BuiltinContentPartBTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            templates = TemplateJson.read(new String(in.readAllBytes(), UTF_8), TemplateSource.BUILTIN);
        }
    }

    @Test
    void isAValidCollectionOfSectionTemplates() {
        assertThat(templates).isNotEmpty();
        for (Template t : templates) {
            assertThat(t.kind()).as(t.key()).isIn(SECTION_KINDS);
            assertThat(t.sections()).as(t.key()).isNotEmpty();
            assertThat(t.source()).isEqualTo(TemplateSource.BUILTIN);
        }
    }

    @Test
    void keysAreUniqueAndStableAscii() {
        Set<String> seen = new HashSet<>();
        for (Template t : templates) {
            assertThat(t.key()).as(t.title()).isNotNull().matches(KEY);
            assertThat(seen.add(t.key())).as("duplicate key %s", t.key()).isTrue();
        }
    }

    @Test
    void everyTopicIsABuiltinTopicOfPartB() {
        for (Template t : templates) {
            assertThat(Topics.BUILTIN).as(t.key()).contains(t.topic());
            assertThat(PART_B_TOPICS).as(t.key()).contains(t.topic());
        }
    }

    @Test
    void everyTopicHasThreeSummariesAndThreePlans() {
        for (String topic : PART_B_TOPICS) {
            assertThat(count(topic, TemplateKind.SUMMARY)).as("总结 of %s", topic).isGreaterThanOrEqualTo(3);
            assertThat(count(topic, TemplateKind.PLAN)).as("计划 of %s", topic).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void titlesNameTopicAndKindAndAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Template t : templates) {
            assertThat(t.title()).as(t.key())
                    .startsWith(t.topic() + "：")
                    .endsWith("（" + t.kind().label() + "）");
            assertThat(seen.add(t.title())).as("duplicate title %s", t.title()).isTrue();
            assertThat(t.tags()).as(t.key()).isNotEmpty().allSatisfy(tag -> assertThat(tag).isNotBlank().hasSizeLessThanOrEqualTo(8));
        }
    }

    @Test
    void headingsCarryNoSequenceLabelAndRunInHeadingsEndWithAFullStop() {
        for (Template t : templates) {
            for (Section s : sectionsOf(t)) {
                assertThat(s.heading()).as(t.key()).isNotBlank().doesNotContainPattern(SEQUENCE_LABEL);
                if (s.runIn()) {
                    assertThat(s.heading()).as(t.key()).endsWith("。");
                }
            }
        }
    }

    @Test
    void noAnonymisedPlaceholderAnywhere() {
        for (Template t : templates) {
            for (String text : textsOf(t)) {
                assertThat(text).as(t.key()).doesNotContainPattern(PLACEHOLDER);
            }
        }
    }

    @Test
    void everyFieldIsOneOfTheSixAndEveryBlankIsWellFormed() {
        for (Template t : templates) {
            for (String text : textsOf(t)) {
                Matcher m = Fields.FIELD.matcher(text);
                while (m.find()) {
                    assertThat(FIELD_NAMES).as("%s: field %s", t.key(), m.group()).contains(m.group(1));
                }
                String rest = Fields.BLANK.matcher(Fields.FIELD.matcher(text).replaceAll("")).replaceAll("");
                assertThat(rest).as("%s: broken field or blank in %s", t.key(), text)
                        .doesNotContain("{").doesNotContain("}").doesNotContain("【").doesNotContain("】");
            }
        }
    }

    @Test
    void aReportsFieldValuesFillEveryField() {
        Map<String, String> values = Fields.values("青山县教育局", 2025, Period.FIRST_HALF);
        for (Template t : templates) {
            for (Section s : t.instantiate(values)) {
                collectTexts(s).forEach(text -> assertThat(text).as(t.key()).doesNotContain("{{"));
            }
        }
    }

    @Test
    void bodiesAreWithinLengthAndNoLeafIsEmpty() {
        for (Template t : templates) {
            int total = 0;
            for (Section s : sectionsOf(t)) {
                total += CharCounter.count(s.body().plainText());
                if (s.children().isEmpty()) {
                    assertThat(s.body().plainText()).as(t.key()).isNotBlank();
                }
            }
            assertThat(total).as("body length of %s", t.key()).isBetween(MIN_BODY, MAX_BODY);
        }
    }

    @Test
    void outlinesAreAtMostFourLevelsDeep() {
        for (Template t : templates) {
            for (Section top : t.sections()) {
                assertThat(1 + top.subtreeHeight()).as(t.key()).isLessThanOrEqualTo(Numbering.MAX_DEPTH);
            }
        }
    }

    @Test
    void chineseTextUsesFullWidthPunctuation() {
        for (Template t : templates) {
            for (String text : textsOf(t)) {
                assertThat(text).as(t.key()).doesNotContainPattern(HALF_WIDTH_IN_CJK);
            }
        }
    }

    @Test
    void enumerationsNeverSkipOrRepeatAnOrdinal() {
        for (Template t : templates) {
            for (Section s : sectionsOf(t)) {
                for (Paragraph p : s.body().paragraphs()) {
                    assertThat(ordinalsAreConsecutive(p.plainText())).as("%s: %s", t.key(), p.plainText()).isTrue();
                }
            }
        }
    }

    @Test
    void theCheckersCatchWhatTheyAreFor() {
        assertThat(ordinalsAreConsecutive("一是抓安全。三是抓质量。")).isFalse();
        assertThat(ordinalsAreConsecutive("一是抓安全。二是抓质量。二是抓队伍。")).isFalse();
        assertThat(ordinalsAreConsecutive("要求：一是抓安全。")).isFalse();
        assertThat(ordinalsAreConsecutive("统一是前提：一是抓安全；二是抓质量；三是抓队伍。")).isTrue();
        assertThat("（二）强化管理。").containsPattern(SEQUENCE_LABEL);
        assertThat("(三)强化管理。").containsPattern(SEQUENCE_LABEL);
        assertThat("2、强化管理。").containsPattern(SEQUENCE_LABEL);
        assertThat("四、下半年工作计划").containsPattern(SEQUENCE_LABEL);
        assertThat("强化管理，提升质量。").doesNotContainPattern(SEQUENCE_LABEL);
        assertThat(List.of("共xx所", "20XX年", "××学校", "某某镇", "＿＿人", "□所", "20_年", "共*人"))
                .allSatisfy(s -> assertThat(s).containsPattern(PLACEHOLDER));
        assertThat("完成【数字】所学校改造").doesNotContainPattern(PLACEHOLDER);
        assertThat("学校,教师").containsPattern(HALF_WIDTH_IN_CJK);
        assertThat("（见附件）:").containsPattern(HALF_WIDTH_IN_CJK);
        assertThat("学校，教师（见附件）").doesNotContainPattern(HALF_WIDTH_IN_CJK);
    }

    /** True when the 一是 二是 … items of a paragraph run 1, 2, 3 … with at least two of them, or there are none. */
    static boolean ordinalsAreConsecutive(String paragraph) {
        Matcher m = ORDINAL.matcher(paragraph);
        int expected = 1;
        while (m.find()) {
            if (chineseNumber(m.group(1)) != expected) {
                return false;
            }
            expected++;
        }
        return expected != 2;
    }

    private static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        if (s.equals("十")) {
            return 10;
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static long count(String topic, TemplateKind kind) {
        return templates.stream().filter(t -> t.topic().equals(topic) && t.kind() == kind).count();
    }

    private static List<Section> sectionsOf(Template t) {
        List<Section> out = new ArrayList<>();
        t.sections().forEach(s -> collect(s, out));
        return out;
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        s.children().forEach(c -> collect(c, out));
    }

    private static List<String> collectTexts(Section top) {
        List<Section> all = new ArrayList<>();
        collect(top, all);
        List<String> out = new ArrayList<>();
        for (Section s : all) {
            out.add(s.heading());
            s.body().paragraphs().forEach(p -> out.add(p.plainText()));
        }
        return out;
    }

    private static List<String> textsOf(Template t) {
        List<String> out = new ArrayList<>();
        out.add(t.title());
        out.addAll(t.tags());
        t.sections().forEach(s -> out.addAll(collectTexts(s)));
        return out;
    }
}
