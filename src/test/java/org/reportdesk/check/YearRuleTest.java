package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class YearRuleTest {

    private static Section planSection(Report r) {
        return r.sections().get(2).children().get(0);
    }

    @Test
    void pastDeadlineInAPlanSection() {
        Report r = Reports.clean();
        planSection(r).setBody(RichText.ofPlain("力争2019年底前完成全部薄弱学校改造，确保2023年9月前投入使用。"));
        List<Finding> found = Reports.findings(r, "year.");
        assertThat(found).extracting(Finding::rule).containsExactly("year.pastDeadline", "year.pastDeadline");
        assertThat(found).extracting(Finding::excerpt).allMatch(e -> e.contains("20"));
    }

    @Test
    void pastYearsInASummarySectionAreHistoryNotDeadlines() {
        Report r = Reports.clean();
        r.sections().get(0).children().get(0).setBody(RichText.ofPlain(
                "自2019年以来，累计新增学位8000个，2023年底前已完成的项目全部通过验收。"));
        assertThat(Reports.findings(r, "year.")).isEmpty();
    }

    @Test
    void quotedTitlesNumbersAndRangesAreNotTheReportsYear() {
        Report r = Reports.clean();
        planSection(r).setBody(RichText.ofPlain("对照《关于印发2019年度督导评估办法的通知》（市教督〔2019〕3号）要求，"
                + "总结2021—2025年规划执行情况，力争2025年底前全部达标。"));
        assertThat(Reports.findings(r, "year.")).isEmpty();
    }

    @Test
    void headingNamingAnotherYear() {
        Report r = Reports.clean();
        r.sections().get(0).setHeading("2024年上半年主要工作");
        r.sections().get(2).setHeading("2024年下半年工作计划");
        assertThat(Reports.findings(r, "year.")).extracting(Finding::rule, Finding::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year.heading", "一"),
                        org.assertj.core.groups.Tuple.tuple("year.heading", "三"));
        r.sections().get(2).setHeading("2026年工作打算");
        r.sections().get(0).setHeading("2025年上半年主要工作");
        assertThat(Reports.findings(r, "year.")).isEmpty();
    }

    @Test
    void titleYearAndThisYearClaims() {
        Report r = Reports.clean();
        r.setTitle("城南区教育局2023年上半年工作总结");
        r.sections().get(1).setBody(RichText.ofPlain("今年（2024年）全区共有3所学校未完成达标任务。"));
        assertThat(Reports.findings(r, "year.")).extracting(Finding::rule)
                .containsExactly("year.title", "year.thisYear");
        r.setTitle("城南区教育局2025年工作总结和2026年工作计划");
        r.sections().get(1).setBody(RichText.ofPlain("今年（2025年）全区今年2000余人参加培训。"));
        assertThat(Reports.findings(r, "year.")).isEmpty();
    }

    @Test
    void noYearSetMeansNoYearFindings() {
        Report r = Reports.clean();
        r.setYear(0);
        r.setTitle("城南区教育局2019年工作总结");
        assertThat(Reports.findings(r, "year.")).isEmpty();
    }
}
