package org.reportdesk.ui.editor;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import org.reportdesk.model.Embedded;

/**
 * The table or picture of one object paragraph of the editor, carried in that paragraph's style.
 * Its object changes in place when the user edits a cell or a caption: the area's text (one
 * U+FFFC) stays the same, so RichTextFX keeps the paragraph and its node (and the focused cell).
 * Equal only to itself, so two paragraphs never share one.
 */
public final class ObjectSlot {

    private Embedded object;
    private final Function<ObjectSlot, Node> nodes;
    private Consumer<ObjectSlot> onEdit = s -> { };
    private Node node;

    public ObjectSlot(Embedded object, Function<ObjectSlot, Node> nodes) {
        this.object = Objects.requireNonNull(object, "object");
        this.nodes = nodes;
    }

    public Embedded object() {
        return object;
    }

    /** The object as the user changed it: told to the area, which sends it to the report. */
    public void edit(Embedded changed) {
        if (!changed.equals(object)) {
            object = changed;
            onEdit.accept(this);
        }
    }

    void setOnEdit(Consumer<ObjectSlot> onEdit) {
        this.onEdit = onEdit;
    }

    /** The node showing the object, made once: rebuilt paragraphs take the same node (and its focus). */
    Node node() {
        if (node == null) {
            node = nodes.apply(this);
        }
        return node;
    }

    /** The node if it was made. */
    public Node nodeIfShown() {
        return node;
    }
}
