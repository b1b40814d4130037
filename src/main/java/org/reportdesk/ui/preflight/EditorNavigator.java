package org.reportdesk.ui.preflight;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.reportdesk.check.Location;
import org.reportdesk.check.TextTarget;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.ui.editor.EditorView;
import org.reportdesk.ui.editor.EditorViewModel;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.outline.OutlineViewModel;

/**
 * Shows a {@link Location} in the main window: selects the section (or the front matter / closing)
 * in the outline, then the exact range in the body area or in the heading, title, 署名 or 日期 field.
 * The editor shows a run-in heading in its own field, so heading and body offsets need no shifting;
 * heading offsets exclude the computed label, as the heading field does.
 */
public final class EditorNavigator {

    private final OutlineViewModel outline;
    private final EditorViewModel editorVm;
    private final EditorView editor;
    private final Supplier<Report> report;

    public EditorNavigator(OutlineViewModel outline, EditorViewModel editorVm, EditorView editor, Supplier<Report> report) {
        this.outline = outline;
        this.editorVm = editorVm;
        this.editor = editor;
        this.report = report;
    }

    public void show(Location l) {
        Report r = report.get();
        if (r == null) {
            return;
        }
        OutlineNode node = switch (l.target()) {
            case TITLE, OPENING -> OutlineNode.FRONT;
            case ATTACHMENT, SIGNATURE, DATE -> OutlineNode.CLOSING;
            case HEADING, BODY -> {
                Section s = r.findSection(l.sectionId());
                yield s == null ? null : OutlineNode.of(s);
            }
        };
        if (node == null) {
            return;
        }
        outline.selectedProperty().set(node);
        switch (l.target()) {
            case BODY, OPENING -> selectInArea(l);
            case HEADING, TITLE -> selectInField(editor.headingField(), l);
            case SIGNATURE -> selectInField(editor.signatureField(), l);
            case DATE -> selectInField(editor.dateField(), l);
            case ATTACHMENT -> selectAttachment(l);
        }
    }

    /** After an undo or redo: the caret where the step changed the text (a structural step leaves focus alone). */
    public void showCaret(EditPlace p) {
        if (p.part() == EditPlace.Part.RECIPIENT || p.part() == EditPlace.Part.ATTACHMENTS) {
            outline.selectedProperty().set(p.part() == EditPlace.Part.RECIPIENT ? OutlineNode.FRONT : OutlineNode.CLOSING);
            TextInputControl f = p.part() == EditPlace.Part.RECIPIENT ? editor.recipientField() : editor.attachmentsField();
            f.requestFocus();
            f.end();
            return;
        }
        TextTarget target = switch (p.part()) {
            case TITLE -> TextTarget.TITLE;
            case OPENING -> TextTarget.OPENING;
            case HEADING -> TextTarget.HEADING;
            case BODY -> TextTarget.BODY;
            case SIGNATURE -> TextTarget.SIGNATURE;
            case DATE -> TextTarget.DATE;
            case OUTLINE, RECIPIENT, ATTACHMENTS -> null;
        };
        if (target == null || target.inSection() && p.section() == null) {
            return;
        }
        show(new Location(target, target.inSection() ? p.section().id() : null, p.paragraph(), p.column(), p.column()));
    }

    private void selectInArea(Location l) {
        ReportArea area = editor.area();
        if (l.paragraph() >= area.getParagraphs().size()) {
            return;
        }
        int len = area.getParagraph(l.paragraph()).length();
        area.requestFocus();
        area.selectRange(l.paragraph(), Math.min(l.start(), len), l.paragraph(), Math.min(l.end(), len));
        area.requestFollowCaret();
    }

    /** The attachment's line in the 附件 field (one name a line, as the model keeps them). */
    private void selectAttachment(Location l) {
        String[] lines = editor.attachmentsField().getText().split("\n", -1);
        int offset = 0;
        for (int i = 0; i < l.paragraph() && i < lines.length; i++) {
            offset += lines[i].length() + 1;
        }
        TextInputControl f = editor.attachmentsField();
        int len = f.getLength();
        f.requestFocus();
        f.selectRange(Math.min(offset + l.start(), len), Math.min(offset + l.end(), len));
    }

    private static void selectInField(TextField f, Location l) {
        int len = f.getLength();
        f.requestFocus();
        // Focus gained from the keyboard selects the whole field afterwards; select the range after that.
        Platform.runLater(() -> f.selectRange(Math.min(l.start(), len), Math.min(l.end(), len)));
        f.selectRange(Math.min(l.start(), len), Math.min(l.end(), len));
    }

    /** Where the caret is, as a location F3 starts from. */
    public Location caret() {
        EditorViewModel.Mode m = editorVm.modeProperty().get();
        ReportArea area = editor.area();
        Location inArea = null;
        switch (m) {
            case SECTION -> {
                String id = editorVm.section().id();
                if (editor.headingField().isFocused()) {
                    return at(TextTarget.HEADING, id, 0, editor.headingField().getCaretPosition());
                }
                inArea = inArea(TextTarget.BODY, id, area);
            }
            case FRONT -> {
                if (editor.headingField().isFocused()) {
                    return at(TextTarget.TITLE, null, 0, editor.headingField().getCaretPosition());
                }
                inArea = inArea(TextTarget.OPENING, null, area);
            }
            case CLOSING -> {
                return editor.dateField().isFocused()
                        ? at(TextTarget.DATE, null, 0, editor.dateField().getCaretPosition())
                        : at(TextTarget.SIGNATURE, null, 0, editor.signatureField().getCaretPosition());
            }
            default -> {
                return Location.of(TextTarget.TITLE, null);
            }
        }
        return inArea;
    }

    /** The caret, or the selection ending at it within its paragraph (as F3 leaves a blank selected). */
    private static Location inArea(TextTarget t, String sectionId, ReportArea area) {
        int col = area.getCaretColumn();
        int selected = area.getSelection().getLength();
        boolean endsAtCaret = selected > 0 && area.getSelection().getEnd() == area.getCaretPosition() && selected <= col;
        return new Location(t, sectionId, area.getCurrentParagraph(), endsAtCaret ? col - selected : col, col);
    }

    /**
     * Puts the keyboard focus back in the text being edited, after a button of the preflight panel
     * (全部修复, 修复) that hides itself once used would otherwise hand it to the next control.
     */
    public void focusEditor() {
        Node target = editorVm.modeProperty().get() == EditorViewModel.Mode.CLOSING
                ? editor.signatureField() : editor.area();
        if (!target.isVisible() || target.getScene() == null) {
            return;
        }
        target.requestFocus();
        Platform.runLater(target::requestFocus);
    }

    private static Location at(TextTarget t, String sectionId, int paragraph, int offset) {
        return new Location(t, sectionId, paragraph, offset, offset);
    }
}
