package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The patterns of issue 15 seen on real web pages, each in the project's own words: the report
 * found among the site's words, headings from the text's own sequence, masks kept, lone pieces.
 */
class WebPagePatternsTest {

    private final Importer importer = new Importer();

    private List<Report> read(String text) {
        return importer.importText(text, ImportOptions.defaults()).reports();
    }

    private static String all(List<Report> reports) {
        StringBuilder sb = new StringBuilder();
        reports.forEach(r -> sb.append(PlainTextWriter.write(r)));
        return sb.toString();
    }

    private static List<String> outline(Report r) {
        return r.allSections().stream().map(s -> s.depth() + " " + s.heading()).toList();
    }

    @Test
    void theTitleIsTheLineNamingTheReportNearestTheBodyWithoutTheSiteCount() {
        List<Report> rs = read("""
                某某文秘网 - 工作总结 工作计划 述职报告
                学校工作总结(大全5篇)
                时间：2024-01-05 作者：网友
                下面是小编为大家整理的学校工作总结，供大家参考。
                某县实验小学2024年上半年工作总结
                2024年上半年，我校坚持立德树人，各项工作稳步推进，现总结如下：
                一、主要工作
                （一）抓实常规管理。修订教学常规细则，每月检查一次。
                部分预览阅读已结束，开通VIP会员免费下载
                """);
        assertThat(rs).hasSize(1);
        Report r = rs.get(0);
        assertThat(r.title()).isEqualTo("某县实验小学2024年上半年工作总结");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(r.opening().plainText()).startsWith("2024年上半年");
        assertThat(all(rs)).doesNotContain("文秘网", "大全", "作者", "小编", "VIP");
        assertThat(read("教育局工作总结(必备17篇)\n今年以来，全局上下齐心协力，圆满完成各项任务。\n").get(0).title())
                .isEqualTo("教育局工作总结");
    }

    @Test
    void furnitureIsMatchedAfterTraditionalConversionAndPinyinRemoval() {
        String text = all(read("某縣教育局工作總結(jié)\n來(lái)源:某某網(wǎng) 閱讀:300 次 日期:2020-01-02\n"
                + "一、主要工作\n今年以來(lái),我局堅(jiān)持以人民為中心,推動教育發(fā)展。\n"));
        assertThat(text).doesNotContain("来源", "阅读").contains("今年以来，我局坚持以人民为中心");
    }

    @Test
    void masksSurviveOutsideMarkdownAndEmphasisGoesOnlyInMarkdown() {
        String plain = all(read("某县教育局2024年工作总结\n全年共发展党员**名，完成**中学迁建，新增学位××个，投入xx万元。\n"));
        assertThat(plain).contains("共发展党员**名", "完成**中学迁建", "××个", "xx万元");
        String md = all(read("# 某县教育局2024年工作总结\n## 一、主要工作\n坚持**党建引领**，共发展党员**名，教师\\’心声\\’。\n"));
        assertThat(md).contains("坚持党建引领", "共发展党员**名", "教师’心声’").doesNotContain("\\");
    }

    @Test
    void aOneLineCopyFromADocumentViewerGetsItsTitleAndHeadingsBack() {
        Report r = read("某县教育局2024年工作总结范文稿2024年，我局坚持以人民为中心，推动全县教育事业稳步发展，各项工作取得新成效。"
                + "一、主要工作（一）规范办学行为。严格执行课程方案，开足开齐各类课程，全年开展督导检查12次。"
                + "（二）加强队伍建设。组织教师培训3期，参训教师600人次。二、存在问题一是师资结构性短缺，二是部分校舍老化。"
                + "三、下一步打算继续推进城乡教育一体化发展。\n").get(0);
        assertThat(r.title()).isEqualTo("某县教育局2024年工作总结");
        assertThat(outline(r)).startsWith("1 主要工作", "2 规范办学行为。", "2 加强队伍建设。", "1 存在问题").hasSize(5);
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("一是师资结构性短缺，二是部分校舍老化。");
        // a heading that lost its punctuation and runs straight into a sentence stays whole
        assertThat(r.sections().get(2).heading()).startsWith("下一步打算");
    }

    @Test
    void viewerChunkNumbersAndBreadcrumbsAreNoHeadings() {
        String chunk = "一是推进项目建设，新建幼儿园5所，改扩建学校8所，完成投资" + "，全力以赴推进各项工程按期完工".repeat(6);
        Report r = read("1. 主页 > 知识大全 >\n某县教育局上半年工作总结\n1、" + chunk + "到\n2、位资金5027万元，累计完成投资831万元。"
                + "二是实施薄弱学校改造，完成主体工程12项".repeat(5) + "，提前完成全年任务。\n").get(0);
        assertThat(r.allSections()).isEmpty();
        assertThat(r.opening().plainText()).contains("到位资金5027万元").doesNotContain("主页");
    }

    @Test
    void partsOrdinalsAndColonRunInsAreHeadings() {
        Report r = read("""
                某县教育局2024年工作总结
                第一部分 主要成绩
                一、教育质量稳步提升
                1、门卫制度：坚持门卫按时值班，做好来访登记。
                第二部分 下一步打算
                一、深化教育改革
                """).get(0);
        assertThat(outline(r)).containsExactly("1 主要成绩", "2 教育质量稳步提升", "3 门卫制度：", "1 下一步打算", "2 深化教育改革");
        Section colon = r.sections().get(0).children().get(0).children().get(0);
        assertThat(colon.runIn()).isTrue();
        assertThat(colon.body().plainText()).startsWith("坚持门卫按时值班");
    }

    @Test
    void aHeadingWhoseLabelWasLostIsInferredFromTheRunAfterIt() {
        Report r = read("某县教育局上半年工作总结\n上半年，我局紧紧围绕中心工作，扎实推进各项任务。\n上半年工作完成情况\n"
                + "（一）稳妥实施两项改革。一是人事制度改革。\n（二）改善办学条件。新建校舍两栋。\n").get(0);
        assertThat(outline(r)).containsExactly("1 上半年工作完成情况", "2 稳妥实施两项改革。", "2 改善办学条件。");
    }

    @Test
    void aLonePieceMarkerIsDroppedAndNamesTheReport() {
        List<Report> rs = read("学校安全工作总结(通用32篇)\n以下是一些总结范文，供大家参考。\n篇一：某镇中心学校安全工作总结\n"
                + "本学期，我校坚持安全第一、预防为主，全年未发生安全事故。\n一、健全组织\n成立安全工作领导小组。\n");
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).title()).isEqualTo("某镇中心学校安全工作总结");
        assertThat(all(rs)).doesNotContain("篇一", "通用32篇", "供大家参考");
        Report nth = read("第1篇 某县教育局2023年上半年工作总结 1850字\n上半年，我局各项工作进展顺利。\n一、主要工作\n").get(0);
        assertThat(nth.title()).isEqualTo("某县教育局2023年上半年工作总结");
    }
}
