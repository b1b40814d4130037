package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.check.Reports.section;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

class NumberingRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"一、", "（二）", "(三)", "3.", "4．", "5、", "（1）"})
    void labelTypedIntoAHeadingIsRemovedByItsFix(String label) {
        Report r = Reports.clean();
        Section s = r.sections().get(1);
        s.setHeading(label + "存在的问题");
        List<Finding> found = Reports.findings(r, "numbering.handLabel");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).fix().label()).isEqualTo("删除“" + label + "”");
        QuickFixes.apply(r, found.get(0).fix());
        assertThat(s.heading()).isEqualTo("存在的问题");
        assertThat(new Preflight().check(r).isClean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025年重点工作", "3.5万名学生的营养改善", "十大民生实事", "一流学科建设"})
    void headingsThatMerelyStartWithANumberAreFine(String heading) {
        Report r = Reports.clean();
        r.sections().get(1).setHeading(heading);
        assertThat(Reports.findings(r, "numbering.")).isEmpty();
    }

    @Test
    void gapAndRepeatInATypedBodySequence() {
        Report r = Reports.clean();
        Section s = r.sections().get(0).children().get(0);
        s.setBody(org.reportdesk.model.RichText.ofPlain("1.建立台账。\n2.定期调度。\n4.严格考核。"));
        List<Finding> gap = Reports.findings(r, "numbering.");
        assertThat(gap).extracting(Finding::rule).containsExactly("numbering.skipped");
        assertThat(gap.get(0).location().paragraph()).isEqualTo(2);
        QuickFixes.apply(r, gap.get(0).fix());
        assertThat(s.body().plainText()).endsWith("3.严格考核。");
        assertThat(Reports.findings(r, "numbering.")).isEmpty();

        Report repeat = Reports.withBody("（1）摸清底数。", "（2）分类施策。", "（2）跟踪问效。");
        assertThat(Reports.findings(repeat, "numbering.")).extracting(Finding::rule)
                .containsExactly("numbering.levelSkipped", "numbering.repeated");
    }

    @Test
    void nestedTypedListsRestartWithoutComplaint() {
        Report r = Reports.clean();
        r.sections().get(0).children().get(0).setBody(org.reportdesk.model.RichText.ofPlain(String.join("\n",
                "1.抓好学前教育。", "（1）新建园所。", "（2）扩充学位。", "2.抓好义务教育。", "（1）控辍保学。",
                "3.2万名学生享受营养餐。", "3.抓好高中教育。")));
        assertThat(Reports.findings(r, "numbering.")).isEmpty();
    }

    @Test
    void skippedLevelAndTooDeep() {
        Report r = Reports.withBody("1.建立台账。", "2.定期调度。");
        assertThat(Reports.findings(r, "numbering.levelSkipped")).extracting(Finding::severity)
                .containsExactly(Severity.INFO);
        Report ok = Reports.clean();
        ok.sections().get(0).children().get(0).setBody(org.reportdesk.model.RichText.ofPlain("1.建立台账。\n2.定期调度。"));
        assertThat(Reports.findings(ok, "numbering.")).isEmpty();

        Report deep = Reports.clean();
        Section s = deep.sections().get(1);
        Section level5 = section("第五层", "正文。");
        s.add(Reports.withChildren(section("第二层"), Reports.withChildren(section("第三层"),
                Reports.withChildren(section("第四层"), level5))));
        List<Finding> tooDeep = Reports.findings(deep, "numbering.tooDeep");
        assertThat(tooDeep).hasSize(1);
        assertThat(tooDeep.get(0).section()).isEqualTo("二/（一）/1/（1）/1");
    }
}
