package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class ReportLimitsTest {

    private static Report report(int sections, int charsEach) {
        Report r = new Report();
        r.setTitle("大报告");
        for (int i = 0; i < sections; i++) {
            r.root().add(new Section("节", RichText.ofPlain("字".repeat(charsEach))));
        }
        return r;
    }

    @Test
    void aReportAtTheLimitOpensAndOneBeyondIsRefusedWithTheReason() {
        assertThat(ReportLimits.requireWithin(report(ReportLimits.MAX_SECTIONS, 100))).isNotNull();
        assertThatThrownBy(() -> ReportLimits.requireWithin(report(ReportLimits.MAX_SECTIONS + 1, 1)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.getMessage()).contains("5,000").contains("拆成"));
        assertThatThrownBy(() -> ReportLimits.requireWithin(report(10, ReportLimits.MAX_CHARS / 10 + 1)))
                .isInstanceOf(UserFacingException.class);
    }
}
