package org.reportdesk.ui.editor;

import java.util.function.UnaryOperator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reportdesk.model.RichText;

/**
 * The body editor: a styled text area with the report's paragraph and character styles, pasting
 * plain text only, and Ctrl+B/I/U toggling bold, italic and underline.
 */
public final class ReportArea extends StyledTextArea<ParStyle, TextStyle> {

    public ReportArea(String family, double sizePt) {
        super(ParStyle.BODY, (flow, ps) -> ps.applyTo(flow), TextStyle.PLAIN,
                (text, style) -> text.setStyle(style.toCss(family, sizePt)));
        setWrapText(true);
        getStyleClass().add("report-area");
        Nodes.addInputMap(this, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleBold()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleItalic()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleUnderline())));
    }

    /** Replaces the whole content without an undo step. */
    public void load(RichText text) {
        replace(0, getLength(), RichTextDocuments.toDocument(text));
        setTextInsertionStyle(null);
        getUndoManager().forgetHistory();
        moveTo(0);
        requestFollowCaret();
    }

    public RichText content() {
        return RichTextDocuments.toRichText(getDocument());
    }

    /** Pastes the clipboard as plain text: no styles from Word, WPS or a web page come in. */
    @Override
    public void paste() {
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString()) {
            String text = PastedText.clean(cb.getString());
            TextStyle style = getTextInsertionStyle() != null ? getTextInsertionStyle() : TextStyle.PLAIN;
            replaceSelection(ReadOnlyStyledDocument.fromString(text, ParStyle.BODY, style, RichTextDocuments.OPS));
        }
    }

    public void toggleBold() {
        toggle(TextStyle::bold, (s, on) -> s.withBold(on));
    }

    public void toggleItalic() {
        toggle(TextStyle::italic, (s, on) -> s.withItalic(on));
    }

    public void toggleUnderline() {
        toggle(TextStyle::underline, (s, on) -> s.withUnderline(on));
    }

    /** The style typing would use at the caret: what the toolbar toggles show. */
    public TextStyle styleAtCaret() {
        if (getTextInsertionStyle() != null) {
            return getTextInsertionStyle();
        }
        return getTextStyleForInsertionAt(getCaretPosition());
    }

    private void toggle(java.util.function.Predicate<TextStyle> has,
                        java.util.function.BiFunction<TextStyle, Boolean, TextStyle> with) {
        int start = getSelection().getStart();
        int end = getSelection().getEnd();
        if (start == end) {
            TextStyle now = styleAtCaret();
            setTextInsertionStyle(with.apply(now, !has.test(now)));
            return;
        }
        StyleSpans<TextStyle> spans = getStyleSpans(start, end);
        boolean allOn = spans.stream().allMatch(sp -> has.test(sp.getStyle()));
        UnaryOperator<TextStyle> f = s -> with.apply(s, !allOn);
        setStyleSpans(start, spans.mapStyles(f));
        selectRange(start, end);
    }
}
