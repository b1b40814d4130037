package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;

class DateRuleTest {

    @ParameterizedTest
    @CsvSource({
        "2025年07月05日,2025年7月5日",
        "二〇二五年七月五日,2025年7月5日",
        "二〇二五年十二月三十一日,2025年12月31日",
        "2025.7.5,2025年7月5日",
        "2025-07-05,2025年7月5日",
        "２０２５年７月５日,2025年7月5日",
        "2025年 7月 5日,2025年7月5日",
    })
    void wrongSpellingIsFixedToTheStandardForm(String written, String fixed) {
        Report r = Reports.clean();
        r.setDate(written);
        List<Finding> found = Reports.findings(r, "date.");
        assertThat(found).extracting(Finding::rule).containsExactly("date.format");
        QuickFixes.apply(r, found.get(0).fix());
        assertThat(r.date()).isEqualTo(fixed);
        assertThat(new Preflight().check(r).isClean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025年2月30日", "2025年13月1日", "2025年4月31日"})
    void impossibleDatesAreErrors(String written) {
        Report r = Reports.clean();
        r.setDate(written);
        assertThat(Reports.findings(r, "date.")).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date.invalid", Severity.ERROR));
    }

    @Test
    void missingDateAndSignature() {
        Report r = Reports.clean();
        r.setDate("");
        r.setSignature(" ");
        assertThat(Reports.findings(r, "date.")).extracting(Finding::rule, Finding::section).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("date.missing", "成文日期"),
                org.assertj.core.groups.Tuple.tuple("date.signatureMissing", "署名"));
        assertThat(new Preflight().check(r).hasErrors()).isTrue();
    }

    @Test
    void dateBeforeTheReportYear() {
        Report r = Reports.clean();
        r.setDate("2024年7月5日");
        assertThat(Reports.findings(r, "date.")).extracting(Finding::rule).containsExactly("date.beforeYear");
        r.setDate("2026年1月8日");
        assertThat(Reports.findings(r, "date.")).isEmpty();
    }

    @Test
    void aPlanMayBeDatedLateInThePreviousYear() {
        Report r = Reports.clean();
        r.setTitle("城南区教育局2026年工作要点");
        r.setYear(2026);
        r.setDate("2025年12月26日");
        assertThat(Reports.findings(r, "date.")).isEmpty();
        r.setDate("2024年12月26日");
        assertThat(Reports.findings(r, "date.")).extracting(Finding::rule).containsExactly("date.beforeYear");
    }

    @Test
    void unreadableDate() {
        Report r = Reports.clean();
        r.setDate("七月初");
        assertThat(Reports.findings(r, "date.")).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("date.format", Severity.ERROR));
    }
}
