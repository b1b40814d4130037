package org.reportdesk.ui.library;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Match;
import org.reportdesk.store.SearchHit;
import org.reportdesk.ui.outline.TemplateDrag;

/** A search result: favourite star, title and snippet with the matched text highlighted, usage count; drag source. */
final class HitCell extends ListCell<SearchHit> {

    private final LibraryViewModel vm;
    private final Label star = new Label();
    private final TextFlow title = new TextFlow();
    private final TextFlow snippet = new TextFlow();
    private final Label meta = new Label();
    private final BorderPane box = new BorderPane();

    HitCell(LibraryViewModel vm, HitMenu menu) {
        this.vm = vm;
        getStyleClass().add("hit-cell");
        // without this a cell asks for its text's full width and the list scrolls sideways
        setPrefWidth(0);
        star.getStyleClass().add("star");
        title.getStyleClass().add("hit-title");
        snippet.getStyleClass().add("hit-snippet");
        meta.getStyleClass().add("hit-meta");
        snippet.setMaxHeight(40);
        box.setLeft(star);
        BorderPane.setAlignment(star, Pos.TOP_LEFT);
        box.setCenter(new VBox(2, title, snippet, meta));
        star.setOnMouseClicked(e -> {
            if (getItem() != null) {
                vm.toggleFavourite(getItem());
                e.consume();
            }
        });
        setContextMenu(menu.menu(this::getItem));
        setOnDragDetected(e -> {
            SearchHit h = getItem();
            if (h != null) {
                ClipboardContent c = new ClipboardContent();
                c.put(TemplateDrag.FORMAT, h.id());
                c.putString(h.title());
                startDragAndDrop(TransferMode.COPY).setContent(c);
                e.consume();
            }
        });
    }

    @Override
    protected void updateItem(SearchHit h, boolean empty) {
        super.updateItem(h, empty);
        setText(null);
        if (empty || h == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        star.setText(h.favourite() ? "★" : "☆");
        star.setTooltip(new Tooltip(Messages.get(h.favourite() ? "ui.library.unfavourite" : "ui.library.favourite")));
        var values = vm.fieldValues();
        FilledText t = FilledText.of(h.title(), h.titleMatches(), values);
        FilledText s = FilledText.of(h.snippet(), h.snippetMatches(), values);
        title.getChildren().setAll(highlighted(t.text(), t.matches()));
        snippet.getChildren().setAll(highlighted(s.text(), s.matches()));
        meta.setText(Messages.get("ui.library.meta", h.kind().label(), h.topic(), source(h), h.usageCount())
                + (h.hidden() ? " · " + Messages.get("ui.library.hiddenMark") : ""));
        box.setOpacity(h.hidden() ? 0.55 : 1);
        setGraphic(box);
    }

    private static String source(SearchHit h) {
        return Messages.get(h.source() == TemplateSource.BUILTIN ? "ui.library.sourceBuiltin"
                : h.source() == TemplateSource.IMPORTED ? "ui.library.sourceImported" : "ui.library.sourceOwn");
    }

    /** The text as Text nodes, the matched ranges styled {@code hit-match}. */
    static List<Text> highlighted(String text, List<Match> matches) {
        List<Text> out = new java.util.ArrayList<>();
        int at = 0;
        for (Match m : matches) {
            if (m.start() < at || m.end() > text.length()) {
                continue;
            }
            if (m.start() > at) {
                out.add(new Text(text.substring(at, m.start())));
            }
            Text t = new Text(text.substring(m.start(), m.end()));
            t.getStyleClass().add("hit-match");
            out.add(t);
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Text(text.substring(at)));
        }
        return out;
    }
}
