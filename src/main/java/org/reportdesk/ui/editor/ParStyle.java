package org.reportdesk.ui.editor;

import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reportdesk.model.Embedded;

/**
 * Paragraph style of the editor. Report bodies have one paragraph style (the export lays out
 * indent and spacing); the editor only gives it generous line spacing, like a printed page. A
 * paragraph holding a table or a picture also carries its {@link ObjectSlot}.
 */
public record ParStyle(double lineSpacing, ObjectSlot object) {

    public static final ParStyle BODY = new ParStyle(10, null);

    public ParStyle(double lineSpacing) {
        this(lineSpacing, null);
    }

    public static ParStyle of(ObjectSlot slot) {
        return new ParStyle(BODY.lineSpacing, slot);
    }

    /**
     * Line spacing; for an object paragraph, the object's node placed first in the flow. The flow
     * counts the node as one character, so column 0 is drawn before the object and column 1 (after
     * the U+FFFC, which is made invisible) after it: the caret steps over the object as one character.
     */
    void applyTo(TextFlow flow) {
        flow.setLineSpacing(lineSpacing);
        if (object == null) {
            return;
        }
        Text only = null;
        int texts = 0;
        for (Node n : flow.getChildren()) {
            if (n instanceof Text t) {
                only = t;
                texts++;
            }
        }
        if (texts == 1 && Embedded.OBJECT_TEXT.equals(only.getText())) {
            only.setStyle("-fx-font-size: 1px;");
            only.setOpacity(0);
            flow.getChildren().add(0, object.node());
        }
    }
}
