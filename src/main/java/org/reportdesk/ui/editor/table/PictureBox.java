package org.reportdesk.ui.editor.table;

import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Picture;
import org.reportdesk.ui.editor.ObjectSlot;

/** A picture in the body editor: scaled down to the text width (never up), centred, its caption below. */
public final class PictureBox extends VBox {

    private final ObjectSlot slot;
    private final Label caption = new Label();

    public PictureBox(ObjectSlot slot, ObjectContext context) {
        this.slot = slot;
        Picture p = (Picture) slot.object();
        getStyleClass().add("picture-box");
        setAlignment(Pos.TOP_CENTER);
        setSpacing(4);
        ImageView view = new ImageView(new Image(new ByteArrayInputStream(p.data())));
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(p.widthPx(), Math.max(100, context.width().get() - 130)), context.width()));
        caption.getStyleClass().add("picture-caption");
        prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, context.width().get() - 130), context.width()));
        getChildren().addAll(view, caption);
        showCaption();
        ContextMenu menu = new ContextMenu();
        MenuItem edit = new MenuItem(Messages.get("picture.menu.caption"));
        edit.setOnAction(e -> context.askText().apply(Messages.get("picture.menu.captionQuestion"),
                ((Picture) slot.object()).caption()).ifPresent(c -> {
                    slot.edit(((Picture) slot.object()).withCaption(c.strip()));
                    showCaption();
                }));
        MenuItem delete = new MenuItem(Messages.get("picture.menu.delete"));
        delete.setOnAction(e -> context.remove().accept(slot));
        menu.getItems().addAll(edit, delete);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        addEventHandler(MouseEvent.ANY, MouseEvent::consume);
    }

    public Picture picture() {
        return (Picture) slot.object();
    }

    private void showCaption() {
        String text = ((Picture) slot.object()).caption();
        caption.setText(text);
        caption.setVisible(!text.isEmpty());
        caption.setManaged(!text.isEmpty());
    }
}
