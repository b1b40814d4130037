package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.model.Report;

class OrdinalRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一是强化统筹；二是压实责任；四是严格督导。|ordinal.skipped|四是",
        "一是强化统筹；二是压实责任；二是严格督导。|ordinal.repeated|二是",
        "一是强化统筹；三是压实责任；二是严格督导。|ordinal.skipped|三是",
        "二是压实责任；三是严格督导。|ordinal.skipped|二是",
    })
    void flagsBrokenOrdinals(String paragraph, String rule, String at) {
        Report r = Reports.withBody(paragraph);
        List<Finding> found = Reports.findings(r, "ordinal.");
        assertThat(found).extracting(Finding::rule).first().isEqualTo(rule);
        Location l = found.get(0).location();
        assertThat(paragraph.substring(l.start(), l.end())).isEqualTo(at);
    }

    @Test
    void backwardsAfterAContinuingRun() {
        Report r = Reports.withBody("一是强化统筹；二是压实责任；三是严格督导；二是加强宣传。");
        assertThat(Reports.findings(r, "ordinal.")).extracting(Finding::rule).containsExactly("ordinal.backwards");
    }

    @Test
    void ordinalsContinueAcrossParagraphsOfOneSection() {
        Report r = Reports.withBody("一是强化统筹，成立工作专班。", "二是压实责任。", "四是严格督导。");
        List<Finding> found = Reports.findings(r, "ordinal.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).location().paragraph()).isEqualTo(2);
        QuickFixes.apply(r, found.get(0).fix());
        assertThat(r.sections().get(1).body().paragraphs().get(2).plainText()).isEqualTo("三是严格督导。");
        assertThat(Reports.findings(r, "ordinal.")).isEmpty();
    }

    @Test
    void ordinalsAfterPastedNoBreakSpacesAreSeen() {
        Report r = Reports.withBody("\u00a0\u00a0一是强化统筹；二是压实责任；四是严格督导。");
        assertThat(Reports.findings(r, "ordinal.")).extracting(Finding::rule).containsExactly("ordinal.skipped");
        Report ok = Reports.withBody("\u00a0\u00a0一是强化统筹。", "\u00a0\u00a0二是压实责任。");
        assertThat(Reports.findings(ok, "ordinal.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "一是强化统筹；二是压实责任；三是严格督导。",
        "全区唯一是省级示范的幼儿园，也是全市之一是无需多言。",
        "一是新建园所。\n一是另起一段的新列举。",
        "提高统一是关键，做到全区一盘棋。",
    })
    void leavesCorrectOrdinalsAlone(String paragraphs) {
        assertThat(Reports.findings(Reports.withBody(paragraphs.split("\n")), "ordinal.")).isEmpty();
    }
}
