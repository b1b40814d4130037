package org.reportdesk.ui.library;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.SearchHit;
import org.reportdesk.store.SearchQuery;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.outline.DropPosition;

/**
 * The template library panel: search as you type (debounced, run off the FX thread, stale answers
 * dropped), kind/topic/hidden filters, the preview of the selected template filled with the open
 * report's fields, and the commands on a result (insert, favourite, hide, restore, delete).
 */
public final class LibraryViewModel {

    private final TemplateLibrary library;
    private final TaskExecutor executor;
    private final Debounce debounce;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<TemplateKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> topic = new SimpleObjectProperty<>();
    private final BooleanProperty showHidden = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObjectProperty<SearchHit> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Template> preview = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty(Messages.get("ui.library.loading"));
    private Supplier<Map<String, String>> fields = Map::of;
    private Inserter inserter = (s, t, p) -> false;
    private long searchSeq;
    private long previewSeq;

    public LibraryViewModel(TemplateLibrary library, TaskExecutor executor, Debounce debounce) {
        this.library = library;
        this.executor = executor;
        this.debounce = debounce;
        // change listeners: an invalidation listener would hear only the first of several keystrokes
        query.addListener((o, a, b) -> debounce.restart(this::searchNow));
        kind.addListener((o, a, b) -> searchNow());
        topic.addListener((o, a, b) -> searchNow());
        showHidden.addListener((o, a, b) -> searchNow());
        selected.addListener((o, a, hit) -> loadPreview(hit));
    }

    /** Runs the library's start-up in the background, then shows the templates; {@code onReady} gets its result. */
    public <T> void start(Callable<T> startUp, Consumer<? super T> onReady) {
        executor.submit(startUp, v -> {
            ready.set(true);
            message.set("");
            refreshTopics();
            searchNow();
            onReady.accept(v);
        }, e -> message.set(Failures.sentence(e)));
    }

    /** For tests and tools: the index only needs to be current. */
    public void start() {
        start(() -> library.ensureIndexCurrent(), v -> { });
    }

    public void setFieldValues(Supplier<Map<String, String>> fieldValues) {
        this.fields = fieldValues;
    }

    /** The open report's field values ({{年度}} → 2026 …), empty without a report: cards and preview fill with them. */
    public Map<String, String> fieldValues() {
        Map<String, String> v = fields.get();
        return v == null ? Map.of() : v;
    }

    public void setInserter(Inserter inserter) {
        this.inserter = inserter;
    }

    /** Searches now with the current text and filters; only the answer to the latest request is shown. */
    public void searchNow() {
        if (!ready.get()) {
            return;
        }
        long seq = ++searchSeq;
        SearchQuery q = new SearchQuery(query.get(), kind.get(), topic.get(), showHidden.get(), SearchQuery.DEFAULT_LIMIT);
        executor.submit(() -> library.search(q), hits -> {
            if (seq == searchSeq) {
                Long keep = selected.get() == null ? null : selected.get().id();
                results.setAll(hits);
                message.set(hits.isEmpty() ? Messages.get("library.noResults") : "");
                selected.set(hits.stream().filter(h -> keep != null && h.id() == keep).findFirst().orElse(null));
            }
        }, this::failed);
    }

    public void refreshTopics() {
        executor.submit(library::topics, topics::setAll, this::failed);
    }

    private void loadPreview(SearchHit hit) {
        long seq = ++previewSeq;
        if (hit == null) {
            preview.set(null);
            return;
        }
        Map<String, String> values = fields.get();
        executor.submit(() -> library.find(hit.id()).map(t -> library.preview(t, values)).orElse(null), t -> {
            if (seq == previewSeq) {
                preview.set(t);
            }
        }, this::failed);
    }

    /** Inserts the template after the selected section, or {@code position} of {@code target}; counts one use. */
    public void insert(SearchHit hit, Section target, DropPosition position) {
        if (hit == null) {
            return;
        }
        insert(hit.id(), target, position);
    }

    public void insert(long templateId, Section target, DropPosition position) {
        Map<String, String> values = fields.get();
        executor.submit(() -> library.insert(templateId, values), sections -> {
                    if (!sections.isEmpty()) {
                        inserter.insert(sections, target, position);
                    }
                    searchNow();
                }, this::failed);
    }

    public void toggleFavourite(SearchHit hit) {
        change(() -> library.toggleFavourite(hit.id()));
    }

    public void hide(SearchHit hit) {
        change(() -> {
            library.hide(hit.id());
            return null;
        });
    }

    public void restore(SearchHit hit) {
        change(() -> {
            library.restore(hit.id());
            return null;
        });
    }

    public void delete(SearchHit hit) {
        change(() -> {
            library.delete(hit.id());
            return null;
        });
    }

    public void restoreAllBuiltins() {
        executor.submit(library::restoreAllBuiltins, n -> {
            searchNow();
            message.set(Messages.get("ui.library.restored", n));
        }, this::failed);
    }

    /** After the library changed elsewhere (save-as, pack import): new topics and results. */
    public void changed() {
        refreshTopics();
        searchNow();
    }

    private void change(Callable<?> work) {
        executor.submit(work, v -> searchNow(), this::failed);
    }

    private void failed(Throwable e) {
        message.set(Failures.sentence(e));
    }

    public TemplateLibrary library() {
        return library;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<TemplateKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> topicProperty() {
        return topic;
    }

    public BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public ObservableList<SearchHit> results() {
        return results;
    }

    public ObservableList<String> topics() {
        return topics;
    }

    public ObjectProperty<SearchHit> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Template> previewProperty() {
        return preview;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public List<TemplateKind> kinds() {
        return List.of(TemplateKind.values());
    }
}
