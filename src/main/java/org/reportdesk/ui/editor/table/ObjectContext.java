package org.reportdesk.ui.editor.table;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.value.ObservableDoubleValue;
import org.reportdesk.ui.editor.ObjectSlot;

/**
 * What a table or picture node needs from the editor around it: the width to fit, undo and redo of
 * the report, a question for a title or caption (through the dialog service), and removing the
 * object's paragraph.
 *
 * @param width   the editor's text width, which the node fits
 * @param undo    the report's undo
 * @param redo    the report's redo
 * @param askText asks for a line of text: (question, current text) → the answer, empty when cancelled
 * @param remove  deletes the object's paragraph (one undoable edit)
 */
public record ObjectContext(ObservableDoubleValue width, Runnable undo, Runnable redo,
        BiFunction<String, String, Optional<String>> askText, Consumer<ObjectSlot> remove) {
}
