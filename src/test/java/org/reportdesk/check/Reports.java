package org.reportdesk.check;

import java.util.List;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** Test reports written for these tests, in the register of a district bureau's half-year report. */
final class Reports {

    private Reports() {
    }

    static Section section(String heading, String... paragraphs) {
        return new Section(heading, RichText.ofPlain(String.join("\n", paragraphs)));
    }

    static Section withChildren(Section parent, Section... children) {
        for (Section c : children) {
            parent.add(c);
        }
        return parent;
    }

    /** A report with nothing to complain about. */
    static Report clean() {
        Report r = new Report();
        r.setTitle("城南区教育局2025年上半年工作总结和下半年工作计划");
        r.setUnit("城南区教育局");
        r.setYear(2025);
        r.setPeriod(Period.FIRST_HALF);
        r.setOpening(RichText.ofPlain("2025年上半年，我局围绕办好人民满意的教育这一目标，统筹推进各学段重点工作，"
                + "总体进展顺利。现将有关情况报告如下："));
        r.root().add(withChildren(section("上半年主要工作"),
                section("夯实学前教育基础",
                        "新增普惠性幼儿园4所、学位1260个，全区普惠性幼儿园覆盖率达到91.5%。一是完成3所公办园改扩建；"
                                + "二是落实保教费减免政策；三是开展保教质量专项督导。"),
                section("推进义务教育优质均衡",
                        "组建教育集团6个，覆盖成员学校27所。课后服务实现全覆盖，学生参与率达到96.3%，"
                                + "各校每天上午10:30前在平台公布当日课程安排。")));
        r.root().add(section("存在的问题",
                "一是城区学位依然紧张，个别学校大班额尚未彻底消除；二是音体美专任教师缺口较大；三是农村学校信息化设备老化。"));
        r.root().add(withChildren(section("下半年工作计划"),
                section("加快学校建设", "确保城东第二小学9月1日前投入使用，2025年底前完成两所初中扩建工程。"),
                section("加强教师队伍建设",
                        "计划招聘教师120名，依据《关于印发2019年中小学教师培训方案的通知》（区教发〔2019〕5号）落实培训学时。")));
        r.setSignature("城南区教育局");
        r.setDate("2025年7月5日");
        return r;
    }

    /** A one-section report whose section body is the given paragraphs. */
    static Report withBody(String... paragraphs) {
        Report r = clean();
        Section s = r.sections().get(1);
        s.setBody(RichText.ofPlain(String.join("\n", paragraphs)));
        return r;
    }

    static List<Finding> findings(Report r, String rulePrefix) {
        return new Preflight().check(r).findings().stream().filter(f -> f.rule().startsWith(rulePrefix)).toList();
    }

    /** The texts the given rule family flags in one body paragraph. */
    static List<String> flagged(String rulePrefix, String paragraph) {
        Report r = withBody(paragraph);
        return findings(r, rulePrefix).stream()
                .map(f -> paragraph.substring(f.location().start(), f.location().end())).toList();
    }
}
