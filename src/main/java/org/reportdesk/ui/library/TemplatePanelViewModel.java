package org.reportdesk.ui.library;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.app.TaskExecutor;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.TemplateRepository;
import org.reportdesk.ui.Failures;

/**
 * The template panel: the visible templates of one kind, loaded off the UI thread, and the
 * command that hands the chosen one to whoever inserts it into the report.
 */
public final class TemplatePanelViewModel {

    private final TemplateRepository templates;
    private final TaskExecutor executor;
    private final ObjectProperty<TemplateKind> kind = new SimpleObjectProperty<>(TemplateKind.SUMMARY);
    private final ObservableList<Template> items = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private Consumer<Template> onInsert = t -> { };

    public TemplatePanelViewModel(TemplateRepository templates, TaskExecutor executor) {
        this.templates = templates;
        this.executor = executor;
        kind.addListener((o, a, b) -> reload());
    }

    public List<TemplateKind> kinds() {
        return List.of(TemplateKind.values());
    }

    public ObjectProperty<TemplateKind> kindProperty() {
        return kind;
    }

    public ObservableList<Template> items() {
        return items;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public void setOnInsert(Consumer<Template> onInsert) {
        this.onInsert = onInsert;
    }

    public void reload() {
        TemplateKind k = kind.get();
        executor.submit(() -> templates.visible(k), list -> {
            if (k == kind.get()) {
                items.setAll(list);
            }
        }, e -> message.set(Failures.sentence(e)));
    }

    /** Inserts the template's sections into the report (double-click or Enter). */
    public void activate(Template t) {
        if (t != null) {
            onInsert.accept(t);
            if (t.id() != null) {
                executor.submit(() -> {
                    templates.recordUse(t.id());
                    return null;
                }, ignored -> { }, e -> { });
            }
        }
    }
}
