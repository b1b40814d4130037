package org.reportdesk.ui.outline;

import javafx.scene.input.DataFormat;
import org.reportdesk.model.Section;

/** A template dragged from the library onto the outline: the drag content and what a drop does. */
public final class TemplateDrag {

    /** The dragged template's id. */
    public static final DataFormat FORMAT = new DataFormat("application/x-reportdesk-template-id");

    /** Inserts the template with this id at {@code position} of {@code target}. */
    @FunctionalInterface
    public interface Drop {
        void drop(long templateId, Section target, DropPosition position);
    }

    private TemplateDrag() {
    }
}
