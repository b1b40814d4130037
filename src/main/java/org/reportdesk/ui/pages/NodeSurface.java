package org.reportdesk.ui.pages;

import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

/**
 * Draws into a group of shape and text nodes, one point per unit: the printer renders them as
 * vectors at its own resolution (a canvas would be printed as a 72 dpi picture).
 */
final class NodeSurface implements PageSurface {

    private Group group = new Group();

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

    @Override
    public void image(Image image, double x, double y, double w, double h) {
        ImageView v = new ImageView(image);
        v.setX(x);
        v.setY(y);
        v.setFitWidth(w);
        v.setFitHeight(h);
        group.getChildren().add(v);
    }

    @Override
    public void turned(double turnedWidth, Runnable what) {
        Group outer = group;
        Group inner = new Group();
        inner.getTransforms().add(Transform.affine(0, -1, turnedWidth, 1, 0, 0));
        outer.getChildren().add(inner);
        group = inner;
        try {
            what.run();
        } finally {
            group = outer;
        }
    }
}
