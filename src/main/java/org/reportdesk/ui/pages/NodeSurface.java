package org.reportdesk.ui.pages;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Draws into a group of shape and text nodes, one point per unit: the printer renders them as
 * vectors at its own resolution (a canvas would be printed as a 72 dpi picture).
 */
final class NodeSurface implements PageSurface {

    private final Group group = new Group();

    Group group() {
        return group;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color color) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setFill(color);
        group.getChildren().add(r);
    }

    @Override
    public void text(String s, double x, double baseline, Font font, double strokeWidth, Color color) {
        Text t = new Text(x, baseline, s);
        t.setFont(font);
        t.setTextOrigin(VPos.BASELINE);
        t.setFill(color);
        if (strokeWidth > 0) {
            t.setStroke(color);
            t.setStrokeWidth(strokeWidth);
        }
        group.getChildren().add(t);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double width, Color color) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(color);
        l.setStrokeWidth(width);
        group.getChildren().add(l);
    }
}
