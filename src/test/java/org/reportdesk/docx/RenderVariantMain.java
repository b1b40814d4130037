package org.reportdesk.docx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;

/**
 * Writes the built-in half-year skeleton, filled with our own sample text, as standard.docx and
 * variant.docx (28 pt lines, bold 二级标题, Windows faces, no seal) for a render check:
 * {@code java -cp target/test-classes:target/reportdesk.jar org.reportdesk.docx.RenderVariantMain OUT_DIR}.
 */
public final class RenderVariantMain {

    static final ExportProfile VARIANT = ExportProfile.standard().toBuilder().name("区局格式").lineTwips(560)
            .headingBold(2, true).fontScheme(FontScheme.WINDOWS).signatureMode(SignatureMode.NO_SEAL).build();

    /** Our own text for the skeleton's blanks, by heading. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("坚持党建引领，政治生态持续向好。", "一是局党组开展集中学习研讨十二次，班子成员到联系学校讲专题党课二十三场。"
                    + "二是完成二十六个基层党组织按期换届，新建“一校一品”党建品牌九个。三是开展廉政谈话一百四十余人次，"
                    + "对校服征订、营养餐配送等环节开展专项督查。"),
            Map.entry("聚焦立德树人，学生素养全面提升。", "围绕五育并举开展“书香校园”“阳光体育”等活动三百一十场次，覆盖学生四万二千人次；"
                    + "全区中小学生在市级以上体育、艺术、科技竞赛中获奖一百八十七项。"),
            Map.entry("推进优质均衡，基础教育提质扩容。", "学前教育普惠性幼儿园覆盖率达到百分之九十一点四，义务教育巩固率保持在百分之九十九以上，"
                    + "新组建城乡教育共同体六个，结对学校之间互派骨干教师跟岗交流。"),
            Map.entry("建强教师队伍，发展根基更加稳固。", "公开招聘教师一百二十八名，组织各级各类培训九千六百人次，交流轮岗教师二百零五名，"
                    + "查处并通报师德失范问题两起，警示教育覆盖全体教职工。"),
            Map.entry("改善办学条件，民生实事落地见效。", "实施校舍建设和改造项目十四个，完成投资一亿二千六百万元，"
                    + "东城第二小学主体工程封顶，三所农村学校食堂改造完成并投入使用。"),
            Map.entry("守牢安全底线，校园秩序平安稳定。", "开展安全隐患排查四轮，整改问题二百三十六处，防溺水专题教育实现全覆盖，"
                    + "食堂“明厨亮灶”接入率达到百分之百，上半年未发生较大以上安全责任事故。"),
            Map.entry("优质教育资源供给仍不充分。", "城区学校学位依然紧张，部分农村学校功能教室不足，城乡、校际之间办学水平还有差距。"),
            Map.entry("教师队伍结构性矛盾依然存在。", "音体美、信息科技等学科教师缺口较大，乡村学校教师平均年龄偏高，年轻教师留不住的情况仍然存在。"),
            Map.entry("教育投入保障仍有缺口。", "在建项目资金到位率偏低，部分学校公用经费紧张，影响了设施设备的更新维护。"),
            Map.entry("持续加强党的建设。", "深化“一校一品”党建品牌创建，9月底前完成基层党组织书记轮训，推动党建与业务深度融合。"),
            Map.entry("全力推动教育优质均衡发展。", "扩大城乡教育共同体覆盖面，新增普惠性学位四百个，确保义务教育优质均衡发展县创建通过市级评估。"),
            Map.entry("着力提升教育教学质量。", "抓实课堂教学改革和校本教研，加强毕业年级教学质量监测，力争中考各项指标位居全市前列。"),
            Map.entry("加快推进教育重点项目建设。", "东城第二小学、北关幼儿园分别于8月、11月完工，确保秋季学期按时投入使用。"),
            Map.entry("坚决守住校园安全稳定底线。", "持续开展安全隐患排查整治，强化食品安全和校园周边环境治理，确保师生安全和校园稳定。"));

    private RenderVariantMain() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "target/render");
        Report r = report();
        DocxExporter exporter = new DocxExporter();
        exporter.export(r, ExportProfile.standard(), out.resolve("standard.docx"));
        exporter.export(r, VARIANT, out.resolve("variant.docx"));
        System.out.println("wrote " + out.resolve("standard.docx") + " and " + out.resolve("variant.docx"));
    }

    static Report report() {
        Template skeleton = new BuiltinLibrary().load().stream().filter(t -> t.key().equals("skeleton.half-year"))
                .findFirst().orElseThrow();
        Report r = ReportFactory.fromSkeleton(skeleton, "青禾区教育局", 2025, Period.FIRST_HALF);
        r.setOpening(RichText.ofPlain(r.opening().plainText().replace("【年度中心工作】", "“教育强区”建设目标")
                .replace("【数字】", "二十八")));
        for (Section s : r.allSections()) {
            String body = BODIES.get(s.heading());
            if (body != null) {
                s.setBody(RichText.ofPlain(body));
            }
        }
        r.attachments().addAll(List.of("青禾区教育局2025年上半年重点项目进度表", "青禾区2025年上半年教师培训情况统计表"));
        r.setSignature("青禾区教育局");
        r.setDate("2025年7月8日");
        return r;
    }
}
