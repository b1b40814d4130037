package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanReportTest {

    @Test
    void aCarefullyWrittenReportHasNoFindings() {
        CheckResult result = new Preflight().check(Reports.clean());
        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.section() + " " + f.excerpt()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }
}
