package org.reportdesk.ui.preflight;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.reportdesk.check.Finding;
import org.reportdesk.i18n.Messages;

/** A row of the findings tree: a severity group, a section group, or one finding with its excerpt. */
final class FindingCell extends TreeCell<Object> {

    private final Consumer<Finding> onFix;

    FindingCell(Consumer<Finding> onFix) {
        this.onFix = onFix;
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll("finding-group", "finding-section", "finding", "error", "warning", "info");
        setContextMenu(null);
        setGraphic(null);
        setText(null);
        if (empty || item == null) {
            return;
        }
        if (item instanceof FindingGroups.SeverityGroup g) {
            setText(Messages.get("check.severity." + g.severity().id()) + Messages.get("check.ui.group", g.count()));
            getStyleClass().addAll("finding-group", g.severity().id());
        } else if (item instanceof FindingGroups.SectionGroup s) {
            setText(s.where() + Messages.get("check.ui.group", s.findings().size()));
            getStyleClass().add("finding-section");
        } else if (item instanceof Finding f) {
            Label message = new Label(f.message());
            Label excerpt = new Label(f.excerpt() == null ? "" : f.excerpt());
            excerpt.getStyleClass().add("finding-excerpt");
            HBox row = new HBox(10, message, excerpt);
            setGraphic(row);
            getStyleClass().addAll("finding", f.severity().id());
            f.quickFix().ifPresent(fix -> {
                MenuItem apply = new MenuItem(fix.label());
                apply.setOnAction(e -> onFix.accept(f));
                setContextMenu(new ContextMenu(apply));
            });
        }
    }
}
