package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private long now = 1_000_000;
    private final UndoHistory history = new UndoHistory(50, () -> now);
    private final Section a = new Section("主要工作", RichText.ofPlain("全年完成"));
    private final Section b = new Section("存在的问题", RichText.EMPTY);

    /** Types {@code text} into a's body one character at a time at its end, as the editor records it. */
    private void type(Section s, String text) {
        for (char c : text.toCharArray()) {
            RichText before = s.body();
            RichText after = RichText.ofPlain(before.plainText() + c);
            s.setBody(after);
            history.record(TextChange.body(s, before, after));
            now += 150;
        }
    }

    private void setBody(Section s, String text) {
        RichText before = s.body();
        s.setBody(RichText.ofPlain(text));
        history.record(TextChange.body(s, before, s.body()));
    }

    @Test
    void typingWithoutPauseIsOneStepAndAPauseStartsTheNext() {
        type(a, "各项");
        now += UndoHistory.MERGE_WINDOW_MS;
        type(a, "任务");
        assertThat(history.undoSteps()).isEqualTo(2);

        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成各项");
        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成");
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void typingElsewhereInTheSameTextIsANewStep() {
        type(a, "了");
        setBody(a, "今年全年完成了");
        assertThat(history.undoSteps()).as("the caret jumped to the start").isEqualTo(2);
        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成了");
    }

    @Test
    void backspacingRightAfterTypingBelongsToTheTyping() {
        type(a, "各项");
        RichText before = a.body();
        a.setBody(RichText.ofPlain("全年完成各"));
        history.record(TextChange.body(a, before, a.body()));
        assertThat(history.undoSteps()).isEqualTo(1);
    }

    @Test
    void aStyleChangeIsAStepOfItsOwn() {
        type(a, "各项");
        RichText before = a.body();
        a.setBody(RichText.of(java.util.List.of(new Paragraph(java.util.List.of(
                new Span("全年", true, false, false), new Span("完成各项", false, false, false))))));
        history.record(TextChange.body(a, before, a.body()));
        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成各项");
        assertThat(a.body().paragraphs().get(0).spans()).allMatch(Span::isPlain);
    }

    @Test
    void stepsInDifferentSectionsAreUndoneLastFirstWhereverTheyWereMade() {
        type(a, "各项");
        type(b, "经费");
        EditPlace p = history.undo();
        assertThat(p.section()).isSameAs(b);
        assertThat(b.body().plainText()).isEmpty();
        assertThat(a.body().plainText()).isEqualTo("全年完成各项");

        p = history.undo();
        assertThat(p.section()).isSameAs(a);
        assertThat(p.part()).isEqualTo(EditPlace.Part.BODY);
        assertThat(a.body().plainText()).isEqualTo("全年完成");

        history.redo();
        history.redo();
        assertThat(a.body().plainText()).isEqualTo("全年完成各项");
        assertThat(b.body().plainText()).isEqualTo("经费");
    }

    @Test
    void undoPutsTheCaretWhereTheTextChanged() {
        a.setBody(RichText.ofPlain("第一段\n第二段内容"));
        setBody(a, "第一段\n第二段新增内容");
        EditPlace p = history.undo();
        assertThat(p.paragraph()).isEqualTo(1);
        assertThat(p.column()).isEqualTo(3);
    }

    @Test
    void headingTypingMergesButEachRunInFlipIsAStep() {
        for (String h : new String[] {"主要工作情", "主要工作情况"}) {
            history.record(FieldChange.heading(a, a.heading(), h));
            a.setHeading(h);
        }
        history.record(FieldChange.runIn(a, false, true));
        a.setRunIn(true);
        history.record(FieldChange.runIn(a, true, false));
        a.setRunIn(false);
        assertThat(history.undoSteps()).isEqualTo(3);

        history.undo();
        history.undo();
        assertThat(a.runIn()).isFalse();
        EditPlace p = history.undo();
        assertThat(a.heading()).isEqualTo("主要工作");
        assertThat(p).isEqualTo(new EditPlace(EditPlace.Part.HEADING, a, 0, 4));
    }

    @Test
    void aNewStepAfterUndoForgetsTheRedoAndNeverMergesIntoTheUndoneOne() {
        type(a, "各项");
        history.undo();
        type(a, "了");
        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoSteps()).isEqualTo(1);
        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成");
    }

    @Test
    void startNewStepKeepsAPasteApartFromTheTypingBeforeIt() {
        type(a, "各项");
        history.startNewStep();
        type(a, "任务");
        history.undo();
        assertThat(a.body().plainText()).isEqualTo("全年完成各项");
    }

    @Test
    void onlyTheMostRecentStepsAreKept() {
        UndoHistory small = new UndoHistory(3, () -> now += 5_000);
        for (int i = 1; i <= 5; i++) {
            RichText before = a.body();
            a.setBody(RichText.ofPlain("第" + i + "稿"));
            small.record(TextChange.body(a, before, a.body()));
        }
        assertThat(small.undoSteps()).isEqualTo(3);
        while (small.canUndo()) {
            small.undo();
        }
        assertThat(a.body().plainText()).isEqualTo("第2稿");
    }
}
