package org.reportdesk.ui.editor.table;

import javafx.scene.Node;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Table;
import org.reportdesk.ui.editor.ObjectSlot;

/** Makes the node that shows an object paragraph: a {@link TableBox} or a {@link PictureBox}. */
public final class ObjectViews {

    private final ObjectContext context;

    public ObjectViews(ObjectContext context) {
        this.context = context;
    }

    public Node create(ObjectSlot slot) {
        if (slot.object() instanceof Table) {
            return new TableBox(slot, context);
        }
        if (slot.object() instanceof Picture) {
            return new PictureBox(slot, context);
        }
        throw new IllegalArgumentException("unknown object " + slot.object());
    }
}
