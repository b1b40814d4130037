package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

class QuickFixesTest {

    @Test
    void fixKeepsTheStylesAroundItAndUndoRestoresTheSpans() {
        Report r = Reports.clean();
        Section s = r.sections().get(1);
        RichText styled = RichText.of(List.of(new Paragraph(List.of(
                new Span("加强统筹", true, false, false), Span.plain(",压实责任"), new Span("。", false, true, false)))));
        s.setBody(styled);
        Finding f = Reports.findings(r, "punctuation.halfWidth").get(0);
        assertThat(f.fix().label()).isEqualTo("将“,”改为“，”");
        AppliedFix applied = QuickFixes.apply(r, f.fix());
        assertThat(s.body().paragraphs().get(0).spans()).containsExactly(
                new Span("加强统筹", true, false, false), Span.plain("，压实责任"), new Span("。", false, true, false));
        assertThat(applied.paragraphBefore()).isEqualTo("加强统筹,压实责任。");
        assertThat(applied.paragraphAfter()).isEqualTo("加强统筹，压实责任。");
        assertThat(applied.changed().start()).isEqualTo(4);
        applied.undo(r);
        assertThat(s.body()).isEqualTo(styled);
        applied.redo(r);
        assertThat(s.body().plainText()).isEqualTo("加强统筹，压实责任。");
    }

    @Test
    void replacementAcrossSpanBoundaries() {
        Paragraph p = new Paragraph(List.of(new Span("ab", true, false, false), Span.plain("cd"), new Span("ef", false, true, false)));
        assertThat(ParagraphEdits.replace(p, 1, 5, "X").spans()).containsExactly(
                new Span("aX", true, false, false), new Span("f", false, true, false));
        assertThat(ParagraphEdits.replace(p, 6, 6, "!").plainText()).isEqualTo("abcdef!");
        assertThat(ParagraphEdits.replace(p, 0, 0, "<").spans().get(0)).isEqualTo(new Span("<ab", true, false, false));
    }

    @Test
    void aStaleFixIsRefused() {
        Report r = Reports.withBody("加强统筹,压实责任。");
        Finding f = Reports.findings(r, "punctuation.halfWidth").get(0);
        r.sections().get(1).setBody(RichText.ofPlain("改写之后的一段。"));
        assertThat(QuickFixes.canApply(r, f.fix())).isFalse();
        assertThatThrownBy(() -> QuickFixes.apply(r, f.fix())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyOfferedFixLeavesTheReportCleanOfItsRule() {
        Report r = Reports.clean();
        r.setDate("2025年07月05日");
        r.sections().get(0).setHeading("一、上半年主要工作");
        r.sections().get(1).setBody(RichText.ofPlain(
                "一是强化统筹;二是压实责任;四是严格督导...\n根据区教发(2024)6号文件,落实\"一校一策\"。\n全区共有学校１２６所。"));
        List<Finding> before = new Preflight().check(r).findings();
        assertThat(before).allMatch(f -> f.fix() != null);
        QuickFixes.applyAll(r, before);
        assertThat(new Preflight().check(r).findings()).isEmpty();
        assertThat(r.sections().get(1).body().plainText()).isEqualTo(
                "一是强化统筹；二是压实责任；三是严格督导……\n根据区教发〔2024〕6号文件，落实“一校一策”。\n全区共有学校126所。");
    }
}
