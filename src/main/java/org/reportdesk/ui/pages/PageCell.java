package org.reportdesk.ui.pages;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListCell;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.reportdesk.ui.outline.OutlineNode;

/** One page in the list: a canvas with a shadow on the grey background; a click goes to the view model. */
final class PageCell extends ListCell<PageSheet> {

    static final double GAP = 12;

    private final Canvas canvas = new Canvas();
    private final StackPane box = new StackPane(canvas);
    private final PagePainter painter;
    private final DoubleSupplier scale;
    private final Supplier<OutlineNode> highlight;

    PageCell(PagePainter painter, DoubleSupplier scale, Supplier<OutlineNode> highlight, PagesViewModel vm) {
        this.painter = painter;
        this.scale = scale;
        this.highlight = highlight;
        canvas.setEffect(new DropShadow(8, 2, 3, Color.rgb(0, 0, 0, 0.45)));
        box.setPadding(new Insets(GAP, GAP, 0, GAP));
        box.setAlignment(Pos.TOP_CENTER);
        canvas.setOnMouseClicked(e -> vm.click(getIndex(), e.getX() / this.scale.getAsDouble(), e.getY() / this.scale.getAsDouble()));
        setText(null);
    }

    @Override
    protected void updateItem(PageSheet sheet, boolean empty) {
        super.updateItem(sheet, empty);
        if (empty || sheet == null) {
            setGraphic(null);
            return;
        }
        double s = scale.getAsDouble();
        canvas.setWidth(Math.ceil(sheet.widthPt() * s));
        canvas.setHeight(Math.ceil(sheet.heightPt() * s));
        painter.paint(sheet, new CanvasSurface(canvas.getGraphicsContext2D(), s), highlight.get());
        canvas.setUserData(sheet.number());
        setGraphic(box);
    }
}
