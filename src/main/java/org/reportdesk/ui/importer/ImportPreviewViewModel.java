package org.reportdesk.ui.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;
import org.reportdesk.text.ImportWarning;
import org.reportdesk.ui.Failures;

/**
 * The import preview: options that import again, the reports found with their outlines, the
 * changes made (each one can be undone: the import runs again without it), warnings, and the two
 * ways out: open as new reports, or save sections into the template library. Edits made in the
 * outline (levels, headings) belong to the current import and are lost when an option changes.
 */
public final class ImportPreviewViewModel {

    private final ImportSource source;
    private final TaskExecutor executor;
    private final ReportRepository store;
    private final TemplateLibrary library;
    private final BooleanProperty cleanWebText = new SimpleBooleanProperty(true);
    private final BooleanProperty splitCollections = new SimpleBooleanProperty(true);
    private final BooleanProperty toSimplified = new SimpleBooleanProperty(true);
    private final BooleanProperty fullWidthPunctuation = new SimpleBooleanProperty(true);
    private final ObservableList<ReportRow> reports = FXCollections.observableArrayList();
    private final ObjectProperty<ReportRow> shown = new SimpleObjectProperty<>();
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final PreviewOutline outline = new PreviewOutline();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final Set<ImportChange> rejected = new HashSet<>();

    /** {@code first}: the import with {@link ImportOptions#defaults()}, already made (a failed one never opens a preview). */
    public ImportPreviewViewModel(ImportSource source, ImportResult first, TaskExecutor executor,
                                  ReportRepository store, TemplateLibrary library) {
        this.source = source;
        this.executor = executor;
        this.store = store;
        this.library = library;
        show(first);
        for (BooleanProperty option : List.of(cleanWebText, splitCollections, toSimplified, fullWidthPunctuation)) {
            option.addListener(o -> reimport());
        }
    }

    public ImportOptions options() {
        Set<String> ids = new HashSet<>();
        rejected.forEach(c -> ids.add(c.id()));
        return new ImportOptions(splitCollections.get(), cleanWebText.get(), toSimplified.get(),
                fullWidthPunctuation.get(), ids);
    }

    /** Imports again with the current options and undone changes. */
    public void reimport() {
        ImportOptions options = options();
        busy.set(true);
        executor.submit(org.reportdesk.services.TaskExecutor.Lane.LONG, () -> source.read(options), r -> {
            busy.set(false);
            show(r);
        }, e -> {
            busy.set(false);
            message.set(Failures.sentence(e));
        });
    }

    private void show(ImportResult result) {
        List<ChangeRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> undone = options().rejectedChanges();
        for (ImportChange c : result.changes()) {
            if (undone.contains(c.id())) {
                continue;
            }
            if (c.kind().undoable()) {
                rows.add(row(c, true));
            } else {
                notes.add(Messages.get("import.preview.notImported", c.line(), c.before()));
            }
        }
        rejected.forEach(c -> rows.add(row(c, false)));
        rows.sort(java.util.Comparator.comparingInt(r -> r.change().line()));
        result.warnings().stream().map(ImportWarning::message).forEach(notes::add);
        changes.setAll(rows);
        warnings.setAll(notes);
        reports.setAll(result.reports().stream().map(ReportRow::new).toList());
        shown.set(reports.isEmpty() ? null : reports.get(0));
        outline.selectedProperty().set(null);
        message.set("");
    }

    private ChangeRow row(ImportChange c, boolean applied) {
        ChangeRow row = new ChangeRow(c, applied);
        row.appliedProperty().addListener((o, was, now) -> {
            if (now) {
                rejected.remove(c);
            } else {
                rejected.add(c);
            }
            reimport();
        });
        return row;
    }

    public List<Report> chosen() {
        return reports.stream().filter(r -> r.chosenProperty().get()).map(ReportRow::report).toList();
    }

    /**
     * Takes the chosen reports over: the one on show (or else the first chosen) is handed to
     * {@code open} as a new, unsaved report; the other chosen ones are saved to the store (all or,
     * on a failure, none), where 打开 finds them. {@code open} may refuse (the user keeps the report being edited): then
     * nothing is saved. {@code done} gets the sentence for the main window's message line.
     * Returns whether the reports were taken over.
     */
    public boolean openAsReports(Predicate<Report> open, Consumer<String> done) {
        List<Report> chosen = chosen();
        if (chosen.isEmpty()) {
            message.set(Messages.get("import.preview.nothingChosen"));
            return false;
        }
        Report first = shown.get() != null && chosen.contains(shown.get().report()) ? shown.get().report() : chosen.get(0);
        List<Report> others = chosen.stream().filter(r -> r != first).toList();
        if (!open.test(first)) {
            return false;
        }
        if (others.isEmpty()) {
            done.accept(Messages.get("import.preview.opened", first.title()));
            return true;
        }
        executor.submit(org.reportdesk.services.TaskExecutor.Lane.SAVE, () -> store.saveAll(others).size(), n -> done.accept(Messages.get("import.preview.openedAndStored", first.title(), n)),
                e -> done.accept(Failures.sentence(e)));
        return true;
    }

    /** Loads the library's topics for the topic choice, off the FX thread. */
    public void loadTopics() {
        executor.submit(library::topics, topics::setAll, e -> topics.clear());
    }

    public ObservableList<String> topics() {
        return topics;
    }

    /**
     * Saves the section selected in the outline, or else every top-level section of the chosen
     * reports, as own templates; {@code done} gets the sentence to show.
     */
    public void saveToLibrary(TemplateKind kind, String topic, Consumer<String> done) {
        Section selected = outline.selectedProperty().get();
        List<Section> sections = selected != null ? List.of(selected)
                : chosen().stream().flatMap(r -> r.sections().stream()).toList();
        if (sections.isEmpty()) {
            message.set(Messages.get("import.preview.nothingChosen"));
            return;
        }
        busy.set(true);
        executor.submit(() -> LibrarySave.save(library, sections, kind, topic), saved -> {
            busy.set(false);
            done.accept(Messages.get("import.preview.savedTemplates", saved.size()));
        }, e -> {
            busy.set(false);
            message.set(Failures.sentence(e));
        });
    }

    public BooleanProperty cleanWebTextProperty() {
        return cleanWebText;
    }

    public BooleanProperty splitCollectionsProperty() {
        return splitCollections;
    }

    public BooleanProperty toSimplifiedProperty() {
        return toSimplified;
    }

    public BooleanProperty fullWidthPunctuationProperty() {
        return fullWidthPunctuation;
    }

    public ObservableList<ReportRow> reports() {
        return reports;
    }

    public ObjectProperty<ReportRow> shownProperty() {
        return shown;
    }

    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public PreviewOutline outline() {
        return outline;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
