package org.reportdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class EditorViewModelTest {

    @Test
    void editsFlowIntoTheSectionAndAreAnnounced() {
        Report r = new Report();
        Section s = new Section("原标题", RichText.ofPlain("正文"));
        r.root().add(s);
        EditorViewModel vm = new EditorViewModel();
        vm.session().open(r);
        AtomicInteger changes = new AtomicInteger();
        vm.session().subscribe(c -> changes.incrementAndGet());

        vm.showSection(r, s);
        assertThat(changes).hasValue(0);
        assertThat(vm.headingProperty().get()).isEqualTo("原标题");
        assertThat(vm.charsProperty().get()).isEqualTo(2 + 3 + 2);

        vm.headingProperty().set("强化党建引领。");
        vm.runInProperty().set(true);
        vm.bodyEdited(RichText.ofPlain("坚持党的领导"));

        assertThat(s.heading()).isEqualTo("强化党建引领。");
        assertThat(s.runIn()).isTrue();
        assertThat(s.body().plainText()).isEqualTo("坚持党的领导");
        assertThat(changes).hasValue(3);
    }

    @Test
    void aPasteThatWouldTakeTheReportBeyondItsLimitIsRefusedWithAMessage() {
        Report r = new Report();
        Section s = new Section("主要工作", RichText.ofPlain("字".repeat(org.reportdesk.io.ReportLimits.MAX_CHARS - 100)));
        r.root().add(s);
        EditorViewModel vm = new EditorViewModel();
        vm.session().open(r);
        vm.showSection(r, s);
        assertThat(vm.acceptsPaste("新增学位900个。")).isTrue();
        assertThat(vm.acceptsPaste("很长的网页文字".repeat(20))).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("粘贴的内容有 140 字").contains("100 万字");
    }

    @Test
    void frontMatterEditsTitleAndOpeningAndClosingEditsSignatureAndDate() {
        Report r = new Report();
        EditorViewModel vm = new EditorViewModel();
        vm.session().open(r);
        vm.showFront(r);
        vm.headingProperty().set("某某县教育局2026年工作总结");
        vm.bodyEdited(RichText.ofPlain("现将有关情况报告如下："));
        vm.showClosing(r);
        vm.signatureProperty().set("某某县教育局");
        vm.dateProperty().set("2026年12月20日");

        assertThat(r.title()).isEqualTo("某某县教育局2026年工作总结");
        assertThat(r.opening().plainText()).isEqualTo("现将有关情况报告如下：");
        assertThat(r.signature()).isEqualTo("某某县教育局");
        assertThat(r.date()).isEqualTo("2026年12月20日");
        assertThat(vm.modeProperty().get()).isEqualTo(EditorViewModel.Mode.CLOSING);
    }

    @Test
    void thePreciseChangeOfTheAreaEditsOnlyThatRangeAndKeepsStyles() {
        Report r = new Report();
        Section s = new Section("主要工作", RichText.of(java.util.List.of(
                new org.reportdesk.model.Paragraph(java.util.List.of(org.reportdesk.model.Span.plain("第一段"),
                        new org.reportdesk.model.Span("加粗", true, false, false))),
                org.reportdesk.model.Paragraph.of("第二段"))));
        r.root().add(s);
        EditorViewModel vm = new EditorViewModel();
        vm.session().open(r);
        vm.showSection(r, s);

        vm.bodyChanged(3, 3, RichText.ofPlain("新增"));       // typing inside the first paragraph
        vm.bodyChanged(7, 7, RichText.ofPlain("\n"));          // Enter at the end of the first paragraph
        vm.bodyChanged(0, 0, RichText.ofPlain("一"));

        assertThat(s.body().plainText()).isEqualTo("一第一段新增加粗\n\n第二段");
        assertThat(s.body().paragraphs().get(0).spans()).extracting(org.reportdesk.model.Span::bold)
                .containsExactly(false, true);
        assertThat(vm.session().canUndo()).isTrue();
    }
}
