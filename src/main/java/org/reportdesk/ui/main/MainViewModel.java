package org.reportdesk.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.services.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.library.RollForward;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.model.Template;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.ReportUndo;
import org.reportdesk.ui.autosave.Autosave;
import org.reportdesk.ui.autosave.Delay;
import org.reportdesk.ui.autosave.FxDelay;
import org.reportdesk.ui.editor.EditorViewModel;
import org.reportdesk.ui.library.FxDebounce;
import org.reportdesk.ui.library.LibraryViewModel;
import org.reportdesk.ui.outline.DropPosition;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.outline.OutlineViewModel;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.preflight.Debouncer;
import org.reportdesk.ui.preflight.PreflightViewModel;

/**
 * The main window: the report session every screen edits through and subscribes to, new, open,
 * save, save as, the saved state, the 字数 counts and the message line. Sub-screens have their own
 * view models; they follow the session, not each other.
 */
public final class MainViewModel {

    private final Services services;
    private final ReportSession session = new ReportSession();
    private final ReportUndo undo = new ReportUndo(session);
    private final OutlineViewModel outline = new OutlineViewModel(session, undo);
    private final EditorViewModel editor = new EditorViewModel(session, undo);
    private final LibraryViewModel library;
    private final PreflightViewModel preflight;
    private final Autosave autosave;
    private final Storing storing;
    private final ObjectProperty<org.reportdesk.ui.autosave.StoreTrouble> storeTrouble = new SimpleObjectProperty<>();
    private final ObjectProperty<Report> report = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final IntegerProperty reportChars = new SimpleIntegerProperty();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringBinding windowTitle;
    private final StringProperty saveError = new SimpleStringProperty("");
    private final StringBinding saveStatus;
    private final Debouncer recount = Debouncer.fx(200);
    private final LastPlace lastPlace;
    private final org.reportdesk.ui.pages.PagesViewModel pages; // page-view

    public MainViewModel(Services services) {
        this(services, FxDelay.forCurrentThread());
    }

    MainViewModel(Services services, Delay autosaveDelay) {
        this.services = services;
        this.lastPlace = new LastPlace(services.settings());
        this.library = new LibraryViewModel(services.library(), services.executor(),
                new FxDebounce(javafx.util.Duration.millis(150)));
        library.setFieldValues(() -> session.isOpen() ? session.report().fieldValues() : java.util.Map.of());
        library.setInserter((sections, target, position) -> session.isOpen()
                && outline.insert(sections, target != null ? target : outline.selectedSection(), position));
        outline.setOnTemplateDrop(library::insert);
        outline.selectedProperty().addListener(o -> showSelected());
        outline.selectedProperty().addListener(o -> rememberPlace());
        editor.caretProperty().addListener(o -> rememberPlace());
        outline.messageProperty().addListener((o, a, m) -> showRefusal(m));
        editor.messageProperty().addListener((o, a, m) -> showRefusal(m));
        preflight = new PreflightViewModel(services.executor(), Debouncer.fx(300), session);
        preflight.reportCharsProperty().bind(reportChars);
        pages = new org.reportdesk.ui.pages.PagesViewModel(session, services.executor(),
                org.reportdesk.ui.pages.PageMetrics::shared, () -> services.export().profiles().stream().findFirst()
                        .orElseGet(org.reportdesk.docx.ExportProfile::standard), Debouncer.fx(300));
        pages.highlightedProperty().bind(outline.selectedProperty());
        pages.shownProperty().set(Boolean.parseBoolean(services.settings().get("pages.shown", "false")));
        pages.shownProperty().addListener((o, a, b) -> services.settings().put("pages.shown", Boolean.toString(b)));
        Runnable folderCheck = Storing.folderCheck(services.dataDir());
        autosave = new Autosave(session, services.reports(), services.snapshots(), services.executor(), autosaveDelay,
                Clock.systemUTC(), this::saveFailed, folderCheck);
        storing = new Storing(session, autosave, services.dataDir(), folderCheck);
        dirty.bind(autosave.unsavedProperty());
        autosave.lastSavedProperty().addListener((o, a, b) -> {
            if (b != null) {
                saveError.set("");
                storeTrouble.set(null);
            }
        });
        saveStatus = SaveStatus.binding(saveError, dirty, autosave.lastSavedProperty(), report);
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                if (change instanceof ReportChange.Opened o) {
                    report.set(o.report());
                    rememberPlace();
                    showSelected();
                    reportChars.set(SaveStatus.reportChars(o.report()));
                } else {
                    StatusNotes.of(change).ifPresent(MainViewModel.this::info);
                    // A full recount takes ~60 ms at the size limit: once typing pauses, not on every keystroke.
                    recount.schedule(() -> reportChars.set(session.isOpen() ? SaveStatus.reportChars(session.report()) : 0));
                }
            }

            @Override
            public void replayed(EditPlace place) {
                showReplayed(place);
            }
        });
        SaveStatus.rememberZoom(services.settings(), editor);
        windowTitle = Bindings.createStringBinding(() -> (dirty.get() ? "* " : "")
                + (report.get() == null ? "" : report.get().title() + " — ") + Messages.get("app.title"), dirty, report, outline.revisionProperty());
    }

    /** After an undo or redo: shows the part of the report it changed, freshly read from the report. */
    private void showReplayed(EditPlace place) {
        OutlineNode node = switch (place.part()) {
            case OUTLINE -> null; // the outline selects what a structural step moved
            case TITLE, RECIPIENT, OPENING -> OutlineNode.FRONT;
            case ATTACHMENTS, SIGNATURE, DATE -> OutlineNode.CLOSING;
            case HEADING, BODY -> place.section() == null ? null : OutlineNode.of(place.section());
        };
        if (node != null && !node.equals(outline.selectedProperty().get())) {
            outline.selectedProperty().set(node);
        } else {
            editor.reload();
        }
    }

    private void showSelected() {
        OutlineNode n = outline.selectedProperty().get();
        Report r = session.report();
        if (n == null || r == null) {
            editor.clear();
        } else if (n.kind() == OutlineNode.Kind.FRONT) {
            editor.showFront(r);
        } else if (n.kind() == OutlineNode.Kind.CLOSING) {
            editor.showClosing(r);
        } else if (n.isSection() && (n.section() != editor.section() || editor.modeProperty().get() == EditorViewModel.Mode.NONE)) {
            editor.showSection(r, n.section());
        }
    }

    /** Shows a report (new, reopened or read from a file); one never stored is stored at once. */
    public void open(Report r, Path fromFile) {
        file.set(fromFile);
        session.open(r);
    }

    /** Shows a report just created or imported; it is stored at once. */
    public void openNew(Report r) {
        open(r, null);
        info(Messages.get("ui.main.created", r.title()));
    }

    public void insertTemplate(Template t) {
        if (session.isOpen()) {
            outline.insert(t.instantiate(session.report().fieldValues()), outline.selectedSection(), DropPosition.AFTER);
        }
    }

    /** Opens the next period's report built from the open one; its sections are marked for review. */
    public void rollForward() {
        Report r = session.snapshot();
        if (r != null) {
            Report next = RollForward.next(r);
            open(next, null);
            info(Messages.get("ui.library.rolledForward", next.title()));
        }
    }

    /** Ctrl+S: stores the report now, with a snapshot in its history (changes are also stored on their own). */
    public void save() {
        if (!session.isOpen()) {
            return;
        }
        info(Messages.get("ui.main.saved", session.report().title()));
        autosave.saveWithSnapshot(SnapshotReason.MANUAL);
    }

    /** Stores what is not yet stored, at once (before closing or switching reports). */
    public void flush() {
        editor.commitPending();
        autosave.flush();
    }

    /** Stores the report with a snapshot for {@code reason} (e.g. an export). */
    public void snapshot(SnapshotReason reason) {
        if (session.isOpen()) {
            autosave.saveWithSnapshot(reason);
        }
    }

    /** Remembers where the user is (report, part, caret), so the next start reopens it there. */
    private void rememberPlace() {
        Report r = session.report();
        if (r != null && r.id() != null) {
            lastPlace.remember(r, outline.selectedProperty().get(), editor.caretProperty().get());
        }
    }

    /** On start: reopens the report the user had open, at the part and caret where she stopped; false when there is none. */
    public boolean reopenLast() {
        java.util.OptionalLong id = lastPlace.reportId();
        if (id.isEmpty() || session.isOpen()) {
            return false;
        }
        int caret = lastPlace.caret();
        run(() -> ReportLimits.requireWithin(services.reports().load(id.getAsLong())), r -> {
            OutlineNode n = lastPlace.placeIn(r); // read before opening, which remembers the first section
            open(r, null);
            if (n != null) {
                outline.selectedProperty().set(n);
            }
            editor.caretRequestProperty().set(caret);
            info(Messages.get("ui.main.reopened", r.title()));
        }, e -> lastPlace.forget());
        return true;
    }

    /** Reopens a stored report. */
    public void openStored(long id) {
        run(() -> ReportLimits.requireWithin(services.reports().load(id)), r -> {
            open(r, null);
            info(Messages.get("ui.main.opened", r.title()));
        });
    }

    public void saveAs(Path target) {
        Report copy = session.snapshot();
        if (copy == null) {
            return;
        }
        run(() -> {
            ReportFiles.writeReportFile(copy, target);
            return target;
        }, p -> {
            file.set(p);
            services.settings().put("folder.reportFile", String.valueOf(p.getParent()));
            info(Messages.get("ui.main.savedFile", p.toString()));
        });
    }

    public void openFile(Path source) {
        run(() -> ReportLimits.requireWithin(ReportFiles.readReportFile(source)), r -> {
            open(r, source);
            services.settings().put("folder.reportFile", String.valueOf(source.getParent()));
            info(Messages.get("ui.main.opened", r.title()));
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        run(work, then, e -> { });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then, Consumer<Throwable> alsoOnFailure) {
        busy.set(true);
        services.executor().submit(work, v -> {
            busy.set(false);
            then.accept(v);
        }, e -> {
            failed(e);
            alsoOnFailure.accept(e);
        });
    }

    private void saveFailed(Throwable e) {
        String sentence = storing.sentence(e);
        saveError.set(sentence);
        storeTrouble.set(storing.trouble(e));
        busy.set(false);
        error(sentence);
    }

    /** Whether the open report is stored for good (asked before closing). */
    Storing storing() {
        return storing;
    }

    /** Why the last write failed, null while writes succeed. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.reportdesk.ui.autosave.StoreTrouble> storeTroubleProperty() {
        return storeTrouble;
    }

    /** Autosave, for the crash-recovery harness that waits on its writes. */
    public Autosave autosave() {
        return autosave;
    }

    private void failed(Throwable e) {
        busy.set(false);
        error(Failures.sentence(e));
    }

    public void info(String m) {
        messageIsError.set(false);
        message.set(m);
    }

    public void error(String m) {
        messageIsError.set(true);
        message.set(m);
    }

    /** Runs {@code action} after each undo or redo, once the screens show the step's place. */
    public void onReplayed(Consumer<EditPlace> action) {
        session.subscribe(ReportListener.afterReplay(action));
    }

    private void showRefusal(String m) {
        if (!m.isEmpty()) {
            error(m);
        }
    }

    public Services services() {
        return services;
    }

    /** The one owner of the open report. */
    public ReportSession session() {
        return session;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public LibraryViewModel library() {
        return library;
    }

    public PreflightViewModel preflight() {
        return preflight;
    }

    /** 页面视图: the report laid out in pages, and the page count of the status bar. */
    public org.reportdesk.ui.pages.PagesViewModel pages() {
        return pages;
    }

    /** 撤销/重做 of the open report's one history. */
    public ReportUndo undo() {
        return undo;
    }

    public ObjectProperty<Report> reportProperty() {
        return report;
    }

    /** True while a change is not yet stored. */
    public javafx.beans.property.ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public IntegerProperty reportCharsProperty() {
        return reportChars;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** 正在保存…, 已保存 hh:mm:ss, or why storing failed. */
    public StringBinding saveStatusProperty() {
        return saveStatus;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }
}
