package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebTextCleanerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "規(guī)劃|規劃",
        "發(fā)展和創(chuàng)新|發展和創新",
        "繼續(xù)教育|繼續教育",
        "系统(OA)上线|系统(OA)上线",
        "学校(一)|学校(一)",
        "方案(试行)|方案(试行)",
        "版本(v2)|版本(v2)",
    })
    void removesOnlyConverterPinyin(String in, String out) {
        assertThat(PinyinJunk.remove(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全县,共有|全县，共有",
        "要求;具体|要求；具体",
        "如下:|如下：",
        "资金1,000万元|资金1,000万元",
        "时间16:30开始|时间16:30开始",
        "网址http://a.cn/x查看|网址http://a.cn/x查看",
        "学生(小学3名)就读|学生（小学3名）就读",
        "培训(OA)3期|培训（OA）3期",
        "version (1.2) ok|version (1.2) ok",
        "是否完成?是!|是否完成？是！",
    })
    void makesPunctuationFullWidthOnlyNextToChinese(String in, String out) {
        assertThat(PunctuationNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void unescapesMarkdownButKeepsAnonymisingStars() {
        assertThat(WebTextCleaner.unMarkup("\\*\\*区教育局")).isEqualTo("**区教育局");
        assertThat(WebTextCleaner.unMarkup("开设**科技**社团")).isEqualTo("开设科技社团");
    }

    @Test
    void decodesHtmlEntitiesAndDropsBullets() {
        assertThat(WebTextCleaner.unMarkup("&ldquo;双减&rdquo;&nbsp;工作&amp;课后服务&#8230;")).isEqualTo("“双减”\u00a0工作&课后服务…");
        assertThat(WebTextCleaner.unMarkup("- 一是完善制度。")).isEqualTo("一是完善制度。");
        assertThat(WebTextCleaner.unMarkup("> 引用的一段。")).isEqualTo("引用的一段。");
        assertThat(WebTextCleaner.unMarkup("-3℃以下停课")).isEqualTo("-3℃以下停课");
    }

    @Test
    void removesLinesButKeepsLineNumbers() {
        WebTextCleaner.Cleaned c = WebTextCleaner.clean("字號:\n某县教育局工作总结\n第2页共5页\n正文。", ImportOptions.defaults());
        assertThat(c.lines()).hasSize(4);
        assertThat(c.lines().get(0).text()).isEmpty();
        assertThat(c.lines().get(1).text()).isEqualTo("某县教育局工作总结");
        assertThat(c.lines().get(2).text()).isEmpty();
        assertThat(c.changes()).extracting(ImportChange::id).containsExactly("L1:SITE_FURNITURE", "L3:PAGE_NUMBER");
    }

    @Test
    void editorBlockSpreadOverShortLinesGoesAsAWhole() {
        String text = "下面由小编为大家整理的2024。\n工作总结。\n欢迎大家阅读与借鉴!\n今年以来，全县教育工作稳步推进。";
        WebTextCleaner.Cleaned c = WebTextCleaner.clean(text, ImportOptions.defaults());
        assertThat(c.text()).isEqualTo("\n\n\n今年以来，全县教育工作稳步推进。");
    }

    @Test
    void simplifiedTextIsNotConverted() {
        WebTextCleaner.Cleaned c = WebTextCleaner.clean("著力提升教学质量，编著校本教材。", ImportOptions.defaults());
        assertThat(c.text()).isEqualTo("著力提升教学质量，编著校本教材。");
    }

    @Test
    void garbledCharactersAreWarnedAbout() {
        WebTextCleaner.Cleaned c = WebTextCleaner.clean("正常的一行。\n“四在学?!ば腋P@”建设", ImportOptions.defaults());
        assertThat(c.warnings()).extracting(ImportWarning::key).containsExactly("import.warning.garbled");
    }

    @Test
    void rejectedRemovalKeepsTheLine() {
        WebTextCleaner.Cleaned c = WebTextCleaner.clean("字號:\n正文。",
                ImportOptions.defaults().withRejected(Set.of("L1:SITE_FURNITURE")));
        assertThat(c.text()).isEqualTo("字號：\n正文。");
    }
}
