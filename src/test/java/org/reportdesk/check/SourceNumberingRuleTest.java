package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Report;
import org.reportdesk.text.ImportOptions;

/** Issue 15, item 4: what the source's numbering got wrong is reported after the import renumbered it. */
class SourceNumberingRuleTest {

    private static Report imported(String text) {
        return new Importer().importText(text, ImportOptions.defaults()).first();
    }

    @Test
    void aSkippedLabelInTheSourceIsAFindingUnderNumbering() {
        Report r = imported("某县教育局2024年工作总结\n2024年，我局扎实推进各项工作。\n一、主要工作\n（一）规范办学。开足课程。\n"
                + "（二）加强队伍。培训教师。\n（四）改善条件。新建校舍。\n二、存在问题\n三、下一步打算\n");
        assertThat(r.sections().get(0).children()).hasSize(3);
        assertThat(r.sections().get(0).children().get(2).label()).isEqualTo("（三）");
        CheckResult result = new Preflight().check(r);
        assertThat(result.findings()).filteredOn(f -> f.rule().startsWith("numbering.source"))
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("numbering.sourceSkipped");
                    assertThat(f.section()).isEqualTo("一/（三）");
                    assertThat(f.message()).contains("（四）").contains("（三）");
                });
    }

    @Test
    void aRepeatedLabelIsReportedAndACleanSourceGivesNothing() {
        Report repeated = imported("某县教育局2024年工作总结\n一、主要工作\n1.规范办学。\n2.加强队伍。\n2.改善条件。\n");
        assertThat(new Preflight().check(repeated).findings()).extracting(Finding::rule).contains("numbering.sourceRepeated");
        Report clean = imported("某县教育局2024年工作总结\n一、主要工作\n1.规范办学。\n2.加强队伍。\n二、存在问题\n");
        assertThat(new Preflight().check(clean).findings()).extracting(Finding::rule)
                .noneMatch(rule -> rule.startsWith("numbering.source"));
    }

    @Test
    void theYearOfAnImportedReportComesFromItsTitle() {
        assertThat(imported("县教育局2024年工作总结及2025年工作思路\n一、主要工作\n").year()).isEqualTo(2024);
    }
}
