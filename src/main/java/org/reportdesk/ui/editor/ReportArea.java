package org.reportdesk.ui.editor;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import java.util.function.UnaryOperator;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.RichText;

/**
 * The body editor: a styled text area with the report's paragraph and character styles, pasting
 * plain text only, and Ctrl+B/I/U toggling bold, italic and underline. It keeps no undo history of
 * its own: Ctrl+Z and Ctrl+Y go to the report's, which also holds edits made elsewhere.
 */
public final class ReportArea extends StyledTextArea<ParStyle, TextStyle> {

    private Runnable onUndo = () -> { };
    private Runnable onRedo = () -> { };
    private Runnable onDistinctEdit = () -> { };
    private Predicate<String> pasteAllowed = text -> true;
    private Function<ObjectSlot, Node> objectNodes = s -> new javafx.scene.control.Label(Embedded.OBJECT_TEXT);
    private Consumer<ObjectSlot> onObjectEdited = s -> { };
    private java.util.function.BooleanSupplier objectPaste = () -> false;
    private final ObjectEditing objects = new ObjectEditing(this);
    /** The font size text nodes are made with; read whenever RichTextFX builds a paragraph. */
    private final double[] size;
    private final double baseSizePt;

    public ReportArea(String family, double sizePt) {
        this(family, sizePt, new double[] {sizePt});
    }

    private ReportArea(String family, double sizePt, double[] size) {
        super(ParStyle.BODY, (flow, ps) -> ps.applyTo(flow), TextStyle.PLAIN,
                (text, style) -> text.setStyle(style.toCss(family, size[0])));
        this.size = size;
        this.baseSizePt = sizePt;
        setWrapText(true);
        setUndoManager(UndoUtils.noOpUndoManager());
        getStyleClass().add("report-area");
        Nodes.addInputMap(this, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleBold()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleItalic()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleUnderline()),
                InputMap.process(EventPattern.keyPressed(), objects::keyPressed),
                InputMap.process(EventPattern.keyTyped(), objects::keyTyped)));
    }

    /** How tables and pictures are shown, and who hears of their edits. */
    public void setObjectViews(Function<ObjectSlot, Node> nodes, Consumer<ObjectSlot> onEdited) {
        this.objectNodes = nodes;
        this.onObjectEdited = onEdited;
    }

    /**
     * Asked first on each paste: true when it took the clipboard as a table or picture (inserted, or
     * refused with a message); false lets the text be pasted.
     */
    public void setObjectPaste(java.util.function.BooleanSupplier objectPaste) {
        this.objectPaste = objectPaste;
    }

    /** A slot for an object this area shows. */
    public ObjectSlot slotFor(Embedded object) {
        ObjectSlot slot = new ObjectSlot(object, s -> objectNodes.apply(s));
        slot.setOnEdit(s -> onObjectEdited.accept(s));
        return slot;
    }

    /** Inserts a table or picture as a paragraph of its own at the caret; returns its slot. */
    public ObjectSlot insertObject(Embedded object) {
        ObjectSlot slot = slotFor(object);
        objects.insert(slot);
        return slot;
    }

    /** Deletes the paragraph of the object, as one step. */
    public void removeObject(ObjectSlot slot) {
        int par = objects.paragraphOf(slot);
        if (par >= 0) {
            objects.removeParagraph(par);
        }
    }

    /** The paragraph that shows the slot, or -1. */
    public int paragraphOf(ObjectSlot slot) {
        return objects.paragraphOf(slot);
    }

    /** Sends cell typing not yet sent (before storing, undoing, closing). */
    public void commitPending() {
        objects.commitPending();
    }

    /** Runs an edit as a step of its own. */
    void distinctEdit(Runnable edit) {
        onDistinctEdit.run();
        edit.run();
        onDistinctEdit.run();
    }

    /** Replaces the whole content without an undo step. */
    public void load(RichText text) {
        replace(0, getLength(), RichTextDocuments.toDocument(text, this::slotFor));
        setTextInsertionStyle(null);
        moveTo(0);
        requestFollowCaret();
    }

    /**
     * Shows the text at {@code scale} times the base size. The paragraphs are built again with the same
     * content (the caller ignores that change) and the caret stays where it was.
     */
    public void setFontScale(double scale) {
        double pt = Math.round(baseSizePt * scale * 10) / 10.0;
        if (pt == size[0]) {
            return;
        }
        size[0] = pt;
        int caret = getCaretPosition();
        replace(0, getLength(), getDocument());
        moveTo(Math.min(caret, getLength()));
        requestFollowCaret();
    }

    /** Where Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z (and the context menu) send undo and redo. */
    public void setUndoRedo(Runnable undo, Runnable redo) {
        this.onUndo = undo;
        this.onRedo = redo;
    }

    /** Called around a paste or cut, which are undo steps of their own. */
    public void setOnDistinctEdit(Runnable onDistinctEdit) {
        this.onDistinctEdit = onDistinctEdit;
    }

    /** Asked before each paste with the cleaned text; false refuses it. */
    public void setPasteAllowed(Predicate<String> pasteAllowed) {
        this.pasteAllowed = pasteAllowed;
    }

    @Override
    public void cut() {
        onDistinctEdit.run();
        super.cut();
        onDistinctEdit.run();
    }

    @Override
    public void undo() {
        onUndo.run();
    }

    @Override
    public void redo() {
        onRedo.run();
    }

    public RichText content() {
        return RichTextDocuments.toRichText(getDocument());
    }

    /**
     * Pastes a table (HTML or tab-separated text from Word, WPS, Excel or a web page) or a picture file
     * as an object; anything else as plain text: no styles from Word, WPS or a web page come in.
     */
    @Override
    public void paste() {
        if (objectPaste.getAsBoolean()) {
            return;
        }
        Clipboard cb = Clipboard.getSystemClipboard();
        if (cb.hasString()) {
            String text = PastedText.clean(cb.getString());
            if (!pasteAllowed.test(text)) {
                return;
            }
            TextStyle style = getTextInsertionStyle() != null ? getTextInsertionStyle() : TextStyle.PLAIN;
            onDistinctEdit.run();
            replaceSelection(ReadOnlyStyledDocument.fromString(text, ParStyle.BODY, style, RichTextDocuments.OPS));
            onDistinctEdit.run();
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
