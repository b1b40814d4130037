package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.check.Finding;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.ui.editor.EditorViewModel;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * The report's one undo history as a secretary meets it: edits of every kind, made in several
 * sections, are undone last-first with Ctrl+Z wherever the focus is, each showing the section it
 * changed, and redone back to exactly the text she had.
 */
class OneUndoHistoryTest {

    private final MainViewModel main = new MainViewModel(Fixtures.direct(Path.of(".")));
    private final Report report = sample();
    private final List<String> states = new ArrayList<>();

    private static Report sample() {
        Report r = new Report();
        r.setTitle("某县教育局2026年上半年工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("全年新建幼儿园3所。")));
        r.root().add(new Section("存在的问题", RichText.ofPlain("经费保障不足。")));
        r.setSignature("某县教育局");
        return r;
    }

    private Section first() {
        return report.sections().get(0);
    }

    private Section byHeading(String heading) {
        return report.allSections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }

    private void select(Section s) {
        main.outline().selectedProperty().set(OutlineNode.of(s));
    }

    /** One user action, then the report as it is afterwards. */
    private void step(Runnable action) {
        action.run();
        states.add(ReportJson.write(report));
    }

    @Test
    void everyKindOfEditIsUndoneLastFirstAcrossSectionSwitchesAndRedoneToTheSameText() {
        main.open(report, null);
        states.add(ReportJson.write(report));
        EditorViewModel editor = main.editor();

        step(() -> {
            select(first());
            editor.bodyEdited(RichText.ofPlain("全年新建幼儿园3所,"));
        });
        step(() -> editor.headingProperty().set("主要工作完成情况"));
        step(() -> {
            select(byHeading("存在的问题"));
            editor.bodyEdited(RichText.ofPlain("经费保障不足，师资结构不优。"));
        });
        step(() -> main.insertTemplate(Fixtures.safetySummary()));
        step(() -> main.outline().moveUp());
        step(() -> {
            Finding comma = main.preflight().resultProperty().get().findings().stream()
                    .filter(f -> f.rule().equals("punctuation.halfWidth")).findFirst().orElseThrow();
            main.preflight().applyFix(comma);
        });
        step(() -> {
            main.outline().selectedProperty().set(OutlineNode.CLOSING);
            editor.dateProperty().set("2026年7月10日");
        });
        step(() -> editor.attachmentsProperty().set("1.学校安全检查统计表\n2.资助资金发放明细"));
        step(() -> {
            main.outline().selectedProperty().set(OutlineNode.FRONT);
            editor.recipientProperty().set("市教育局");
        });
        assertThat(first().body().plainText()).isEqualTo("全年新建幼儿园3所，");
        assertThat(report.attachments()).containsExactly("1.学校安全检查统计表", "2.资助资金发放明细");
        assertThat(report.recipient()).isEqualTo("市教育局");

        for (int i = states.size() - 2; i >= 0; i--) {
            assertThat(main.undo().undo()).isTrue();
            assertThat(ReportJson.write(report)).as("after undoing step %d", i + 1).isEqualTo(states.get(i));
        }
        assertThat(main.undo().undo()).as("nothing older than opening the report").isFalse();
        assertThat(report.attachments()).isEmpty();
        assertThat(main.editor().section()).as("the first edit's section is shown").isSameAs(first());
        assertThat(main.editor().body().plainText()).isEqualTo("全年新建幼儿园3所。");

        for (int i = 1; i < states.size(); i++) {
            assertThat(main.undo().redo()).isTrue();
            assertThat(ReportJson.write(report)).as("after redoing step %d", i).isEqualTo(states.get(i));
        }
    }

    @Test
    void undoOfTypingInAnotherSectionShowsThatSectionWithItsOldText() {
        main.open(report, null);
        Section second = report.sections().get(1);
        select(first());
        main.editor().bodyEdited(RichText.ofPlain("全年新建幼儿园4所。"));
        select(second);
        assertThat(main.editor().section()).isSameAs(second);

        main.undo().undo();
        assertThat(main.outline().selectedSection()).isSameAs(first());
        assertThat(main.editor().section()).isSameAs(first());
        assertThat(main.editor().body().plainText()).isEqualTo("全年新建幼儿园3所。");
        assertThat(main.dirtyProperty().get()).as("the undo is stored like any edit").isTrue();
    }

    @Test
    void anUndoneHeadingShowsInTheOutlineAndTheEditor() {
        main.open(report, null);
        select(first());
        main.editor().headingProperty().set("主要成绩");
        assertThat(main.outline().textOf(OutlineNode.of(first()))).isEqualTo("一、主要成绩");

        main.undo().undo();
        assertThat(main.editor().headingProperty().get()).isEqualTo("主要工作");
        assertThat(main.outline().textOf(OutlineNode.of(first()))).isEqualTo("一、主要工作");
    }

    @Test
    void openingAnotherReportStartsAnEmptyHistory() {
        main.open(report, null);
        select(first());
        main.editor().bodyEdited(RichText.ofPlain("改过的正文"));
        main.open(sample(), null);
        assertThat(main.undo().canUndoProperty().get()).isFalse();
        assertThat(main.undo().undo()).isFalse();
    }
}
