package org.reportdesk.ui.editor;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.wellbehaved.event.InputHandler.Result;
import org.reportdesk.model.Embedded;

/**
 * Keeps the area's object paragraphs as the model has them: text never goes into the paragraph of a
 * table or picture (typing next to one starts a paragraph of its own, as {@code RichText.replace}
 * does), and Backspace or Delete next to one deletes the whole object, one undoable step.
 */
final class ObjectEditing {

    private final ReportArea area;

    ObjectEditing(ReportArea area) {
        this.area = area;
    }

    boolean isObject(int par) {
        return par >= 0 && par < area.getParagraphs().size() && RichTextDocuments.isObject(area.getParagraph(par));
    }

    Result keyPressed(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || area.getSelection().getLength() > 0) {
            return Result.PROCEED;
        }
        int par = area.getCurrentParagraph();
        int col = area.getCaretColumn();
        int pos = area.getCaretPosition();
        KeyCode k = e.getCode();
        if (k == KeyCode.BACK_SPACE) {
            if (isObject(par) && col == 1) {
                removeParagraph(par);
            } else if (isObject(par)) {
                if (par > 0 && area.getParagraph(par - 1).length() == 0) {
                    area.deleteText(pos - 1, pos);
                } else if (par > 0) {
                    area.moveTo(pos - 1);
                }
            } else if (col == 0 && isObject(par - 1)) {
                removeParagraph(par - 1);
            } else {
                return Result.PROCEED;
            }
            return Result.CONSUME;
        }
        if (k == KeyCode.DELETE) {
            boolean last = par == area.getParagraphs().size() - 1;
            if (isObject(par) && col == 0) {
                removeParagraph(par);
            } else if (isObject(par)) {
                if (!last && area.getParagraph(par + 1).length() == 0) {
                    area.deleteText(pos, pos + 1);
                } else if (!last) {
                    area.moveTo(pos + 1);
                }
            } else if (col == area.getParagraph(par).length() && isObject(par + 1)) {
                removeParagraph(par + 1);
            } else {
                return Result.PROCEED;
            }
            return Result.CONSUME;
        }
        if (k == KeyCode.ENTER && isObject(par)) {
            area.insertText(pos, "\n");
            area.setParagraphStyle(col == 0 ? par : par + 1, ParStyle.BODY);
            area.moveTo(col == 0 ? pos + 1 : pos + 1);
            return Result.CONSUME;
        }
        return Result.PROCEED;
    }

    Result keyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                || area.getSelection().getLength() > 0 || !isObject(area.getCurrentParagraph())) {
            return Result.PROCEED;
        }
        int par = area.getCurrentParagraph();
        int pos = area.getCaretPosition();
        if (area.getCaretColumn() == 0) {
            area.insertText(pos, ch + "\n");
            area.setParagraphStyle(par, ParStyle.BODY);
            area.moveTo(pos + ch.length());
        } else {
            area.insertText(pos, "\n" + ch);
            area.setParagraphStyle(par + 1, ParStyle.BODY);
            area.moveTo(pos + 1 + ch.length());
        }
        return Result.CONSUME;
    }

    /** Deletes the object paragraph {@code par} and the break before (or after) it: one step. */
    void removeParagraph(int par) {
        int start = area.getAbsolutePosition(par, 0);
        area.distinctEdit(() -> {
            if (par > 0) {
                area.deleteText(start - 1, start + 1);
            } else if (area.getParagraphs().size() > 1) {
                area.deleteText(0, 2);
            } else {
                area.deleteText(0, 1);
                area.setParagraphStyle(0, ParStyle.BODY);
            }
        });
        area.requestFocus();
    }

    /**
     * Inserts the object as a paragraph of its own in place of the selection (at the caret), an
     * empty paragraph after it; one step.
     */
    void insert(ObjectSlot slot) {
        if (area.getSelection().getLength() == 0 && isObject(area.getCurrentParagraph())) {
            area.moveTo(area.getCurrentParagraph(), 1);
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        int column = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMinor();
        ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> b =
                new ReadOnlyStyledDocumentBuilder<>(RichTextDocuments.OPS, ParStyle.BODY);
        if (column > 0) {
            b.addParagraph("", TextStyle.PLAIN);
        }
        b.addParagraph(List.of(new StyledSegment<>(Embedded.OBJECT_TEXT, TextStyle.PLAIN)), ParStyle.of(slot));
        b.addParagraph("", TextStyle.PLAIN);
        area.distinctEdit(() -> area.replace(start, end, b.build()));
    }

    /** The paragraph that holds the slot, or -1. */
    int paragraphOf(ObjectSlot slot) {
        var pars = area.getParagraphs();
        for (int i = 0; i < pars.size(); i++) {
            if (pars.get(i).getParagraphStyle().object() == slot) {
                return i;
            }
        }
        return -1;
    }

    /** Sends the typing every shown table still holds. */
    void commitPending() {
        for (var p : area.getParagraphs()) {
            ObjectSlot s = p.getParagraphStyle().object();
            if (s != null && s.nodeIfShown() instanceof PendingEdits pending) {
                pending.commitPending();
            }
        }
    }
}
