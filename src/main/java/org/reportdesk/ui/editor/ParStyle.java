package org.reportdesk.ui.editor;

import javafx.scene.text.TextFlow;

/**
 * Paragraph style of the editor. Report bodies have one paragraph style (the export lays out
 * indent and spacing); the editor only gives it generous line spacing, like a printed page.
 */
public record ParStyle(double lineSpacing) {

    public static final ParStyle BODY = new ParStyle(10);

    void applyTo(TextFlow flow) {
        flow.setLineSpacing(lineSpacing);
    }
}
