package org.reportdesk.ui.history;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportDiff;
import org.reportdesk.model.SectionChange;
import org.reportdesk.session.ReportSession;
import org.reportdesk.store.SnapshotInfo;
import org.reportdesk.store.SnapshotReason;
import org.reportdesk.ui.Failures;

/**
 * 历史版本: the snapshots of the open report, a section-by-section comparison of one with the
 * current report, and restoring the whole snapshot or one section through the report session: each
 * restore is one step of the report's undo history (Ctrl+Z takes it back), and a "before restore"
 * snapshot is also taken first, so the state before it stays in the history after a restart.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Services services;
    private final ReportSession session;
    private final Report current;
    private final ZoneId zone;
    private final ObservableList<SnapshotInfo> snapshots = FXCollections.observableArrayList();
    private final ObservableList<SectionChange> changes = FXCollections.observableArrayList();
    private final ObjectProperty<Report> selectedVersion = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty replaced = new javafx.beans.property.SimpleBooleanProperty();

    public HistoryViewModel(Services services, ReportSession session, ZoneId zone) {
        this.services = services;
        this.session = session;
        this.current = session.report();
        this.zone = zone;
    }

    public void load() {
        if (current.id() == null) {
            message.set(Messages.get("history.none"));
            return;
        }
        long id = current.id();
        services.executor().submit(() -> services.snapshots().list(id), list -> {
            snapshots.setAll(list);
            message.set(list.isEmpty() ? Messages.get("history.none") : "");
        }, this::failed);
    }

    public void select(SnapshotInfo s) {
        if (s == null) {
            selectedVersion.set(null);
            changes.clear();
            return;
        }
        services.executor().submit(() -> services.snapshots().load(s.id()), older -> {
            selectedVersion.set(older);
            compare();
        }, this::failed);
    }

    private void compare() {
        Report older = selectedVersion.get();
        changes.setAll(older == null ? java.util.List.of() : ReportDiff.compare(older, current).stream()
                .filter(c -> c.kind() != SectionChange.Kind.UNCHANGED).toList());
        if (older != null && changes.isEmpty()) {
            message.set(Messages.get("history.sameSections"));
        }
    }

    /** Replaces the open report by the selected version (after a snapshot of the current state). */
    public void restoreAll() {
        Report older = selectedVersion.get();
        if (older == null) {
            return;
        }
        keepCurrentThen(() -> {
            session.restoreWhole(ReportJson.read(ReportJson.write(older)));
            message.set(Messages.get("history.restored"));
            replaced.set(true);
        });
    }

    /** Puts one section back as it was in the selected version (after a snapshot of the current state). */
    public void restoreSection(SectionChange change) {
        if (change == null || change.older() == null) {
            return;
        }
        keepCurrentThen(() -> {
            session.restoreSection(change);
            compare();
            message.set(Messages.get("history.sectionRestored", change.older().heading()));
        });
    }

    private void keepCurrentThen(Runnable then) {
        Report copy = session.snapshot();
        services.executor().submit(org.reportdesk.services.TaskExecutor.Lane.SAVE, () -> services.snapshots().take(copy, SnapshotReason.BEFORE_RESTORE, Instant.now()),
                taken -> {
                    then.run();
                    load();
                }, this::failed);
    }

    private void failed(Throwable t) {
        message.set(Failures.sentence(t));
    }

    /** A list row: time, reason and 字数. */
    public String describe(SnapshotInfo s) {
        return Messages.get("history.row", TIME.format(s.takenAt().atZone(zone)),
                Messages.get("history.reason." + s.reason().name()), s.characters());
    }

    /** A comparison row: what happened to which section. */
    public static String describe(SectionChange c) {
        return Messages.get("history.change." + c.kind().name()) + "  " + c.shown().heading();
    }

    /** The older and current text of a changed section, for the preview. */
    public static String preview(SectionChange c) {
        String older = c.older() == null ? "—" : c.older().heading() + "\n" + c.older().body().plainText();
        String now = c.current() == null ? "—" : c.current().heading() + "\n" + c.current().body().plainText();
        return Messages.get("history.preview", older, now);
    }

    public ObservableList<SnapshotInfo> snapshots() {
        return snapshots;
    }

    public ObservableList<SectionChange> changes() {
        return changes;
    }

    public ObjectProperty<Report> selectedVersionProperty() {
        return selectedVersion;
    }

    /** True once the whole report was replaced: the comparison no longer applies. */
    public javafx.beans.property.BooleanProperty replacedProperty() {
        return replaced;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
