package org.reportdesk.ui.outline;

import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.control.TreeItem;
import org.reportdesk.model.OutlineMove;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The tree items mirroring a report's outline. Structural edits move single items instead of
 * rebuilding the tree, so a move in a long report stays cheap. The invisible root holds the front
 * pseudo-entry, the top-level sections, then the closing pseudo-entry.
 */
final class OutlineTree {

    private final TreeItem<OutlineNode> root;
    private final Map<Section, TreeItem<OutlineNode>> items = new IdentityHashMap<>();
    private final TreeItem<OutlineNode> front = new TreeItem<>(OutlineNode.FRONT);
    private final TreeItem<OutlineNode> closing = new TreeItem<>(OutlineNode.CLOSING);

    OutlineTree(Report report) {
        root = new TreeItem<>(new OutlineNode(OutlineNode.Kind.REPORT, report.root()));
        root.setExpanded(true);
        items.put(report.root(), root);
        root.getChildren().add(front);
        for (Section s : report.sections()) {
            root.getChildren().add(build(s));
        }
        root.getChildren().add(closing);
    }

    TreeItem<OutlineNode> root() {
        return root;
    }

    TreeItem<OutlineNode> front() {
        return front;
    }

    TreeItem<OutlineNode> closing() {
        return closing;
    }

    TreeItem<OutlineNode> itemOf(Section s) {
        return items.get(s);
    }

    /** Mirrors in the items an edit already applied to the model. */
    void mirror(OutlineMove move) {
        TreeItem<OutlineNode> item = items.get(move.section());
        if (move.fromParent() != null && item != null && item.getParent() != null) {
            item.getParent().getChildren().remove(item);
        }
        if (move.toParent() != null) {
            if (item == null) {
                item = build(move.section());
            }
            TreeItem<OutlineNode> parentItem = items.get(move.toParent());
            parentItem.getChildren().add(move.toIndex() + offset(parentItem), item);
            parentItem.setExpanded(true);
        } else if (item != null) {
            forget(move.section());
        }
    }

    private int offset(TreeItem<OutlineNode> parentItem) {
        return parentItem == root ? 1 : 0;
    }

    private TreeItem<OutlineNode> build(Section s) {
        TreeItem<OutlineNode> item = new TreeItem<>(OutlineNode.of(s));
        item.setExpanded(true);
        items.put(s, item);
        for (Section c : s.children()) {
            item.getChildren().add(build(c));
        }
        return item;
    }

    private void forget(Section s) {
        // an undone deletion gets freshly built items
        items.remove(s);
        s.forEachDescendant(items::remove);
    }
}
