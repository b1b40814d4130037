package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class RollForwardTest {

    private static Report halfYear() {
        Report r = new Report();
        r.setUnit("某某区教育局");
        r.setSignature("某某区教育局");
        r.setYear(2025);
        r.setPeriod(Period.FIRST_HALF);
        r.setTitle("某某区教育局2025年上半年工作总结和下半年工作计划");
        r.setOpening(RichText.ofPlain("2025年上半年，我局坚持立德树人，现将有关情况报告如下："));
        r.setDate("2025年7月5日");
        Section done = new Section("上半年主要工作", RichText.ofPlain("新建学校3所，2020年以来累计12所。"));
        done.add(new Section("强化党建引领", RichText.ofPlain("……")));
        r.root().add(done);
        r.root().add(new Section("存在的问题"));
        r.root().add(new Section("下半年工作计划"));
        r.extraFields().put("联系人", "张某");
        return r;
    }

    @Test
    void aFirstHalfReportBecomesTheSecondHalfReportWithNextYearsPlan() {
        Report prev = halfYear();
        Report next = RollForward.next(prev);
        assertThat(next.year()).isEqualTo(2025);
        assertThat(next.period()).isEqualTo(Period.SECOND_HALF);
        assertThat(next.title()).isEqualTo("某某区教育局2025年下半年工作总结和2026年上半年工作计划");
        assertThat(next.sections()).extracting(Section::heading)
                .containsExactly("下半年主要工作", "存在的问题", "2026年上半年工作计划");
        assertThat(next.opening().plainText()).startsWith("2025年下半年，我局");
        assertThat(next.date()).isEmpty();
        assertThat(next.unit()).isEqualTo("某某区教育局");
        assertThat(next.extraFields()).containsEntry("联系人", "张某");
        assertThat(next.allSections()).hasSize(4).allMatch(Section::needsReview);
        assertThat(next.sections().get(0).body().plainText()).isEqualTo("新建学校3所，2020年以来累计12所。");
        assertThat(prev.title()).isEqualTo("某某区教育局2025年上半年工作总结和下半年工作计划");
        assertThat(prev.allSections()).noneMatch(Section::needsReview);
    }

    @Test
    void rollingTwiceComesBackToAFirstHalfReportOfTheNextYear() {
        Report twice = RollForward.next(RollForward.next(halfYear()));
        assertThat(twice.year()).isEqualTo(2026);
        assertThat(twice.period()).isEqualTo(Period.FIRST_HALF);
        assertThat(twice.title()).isEqualTo("某某区教育局2026年上半年工作总结和下半年工作计划");
        assertThat(twice.sections()).extracting(Section::heading)
                .containsExactly("上半年主要工作", "存在的问题", "2026年下半年工作计划");
    }

    @Test
    void anAnnualReportMovesBothYears() {
        Report r = new Report();
        r.setYear(2025);
        r.setPeriod(Period.YEAR);
        r.setTitle("某某县教育局2025年工作总结和2026年工作打算");
        r.root().add(new Section("2026年工作打算"));
        Report next = RollForward.next(r);
        assertThat(next.year()).isEqualTo(2026);
        assertThat(next.title()).isEqualTo("某某县教育局2026年工作总结和2027年工作打算");
        assertThat(next.sections().get(0).heading()).isEqualTo("2027年工作打算");
    }

    @Test
    void aFourthQuarterReportMovesIntoTheNewYear() {
        Report r = new Report();
        r.setYear(2025);
        r.setPeriod(Period.Q4);
        r.setTitle("2025年第四季度工作总结和2026年第一季度工作计划");
        Report next = RollForward.next(r);
        assertThat(next.year()).isEqualTo(2026);
        assertThat(next.period()).isEqualTo(Period.Q1);
        assertThat(next.title()).isEqualTo("2026年第一季度工作总结和第二季度工作计划");
    }

    @Test
    void yearAndPeriodMissingAreReadFromTheTitle() {
        Report r = new Report();
        r.setTitle("2025年上半年工作总结");
        Report next = RollForward.next(r);
        assertThat(next.year()).isEqualTo(2025);
        assertThat(next.period()).isEqualTo(Period.SECOND_HALF);
        assertThat(next.title()).isEqualTo("2025年下半年工作总结");
    }
}
