package org.reportdesk.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.FieldChange;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.Section;
import org.reportdesk.model.SectionChange;
import org.reportdesk.model.TextChange;
import org.reportdesk.model.UndoHistory;

/**
 * The one owner of the open report. Every change is an edit applied here: the session applies it,
 * records it as a step of the report's one undo history and tells every subscriber what changed.
 * Background work (saving, checking, exporting) takes a {@link #snapshot()} at the moment it starts.
 * Not thread-safe: used from the UI thread (or a test's thread) only.
 */
public final class ReportSession {

    private static final int UNDO_STEPS = 500;

    private final UndoHistory history;
    private final List<ReportListener> listeners = new ArrayList<>();
    private Report report;

    public ReportSession(UndoHistory history) {
        this.history = history;
    }

    public ReportSession() {
        this(new UndoHistory(UNDO_STEPS));
    }

    /** The open report, or null; read it freely, change it only through this session. */
    public Report report() {
        return report;
    }

    public boolean isOpen() {
        return report != null;
    }

    /** A copy of the report as it is now, for work on another thread; null when none is open. */
    public Report snapshot() {
        return report == null ? null : report.copy();
    }

    /** Subscribes; the returned action unsubscribes. */
    public Runnable subscribe(ReportListener listener) {
        listeners.add(Objects.requireNonNull(listener));
        return () -> listeners.remove(listener);
    }

    /** Shows another report (new, reopened, imported, rolled forward); its history starts empty. */
    public void open(Report r) {
        report = r;
        history.clear();
        publish(new ReportChange.Opened(r));
    }

    /** Applies {@code edit} (not yet applied) as one step and publishes what it changed. */
    public EditPlace apply(ReportEdit edit) {
        requireOpen();
        EditPlace place = edit.redo();
        history.record(edit);
        touched(edit);
        publish(changeOf(edit, ReportChange.Origin.EDIT));
        return place;
    }

    /**
     * Runs a change that applies itself and returns its step (quick fixes, replace-all: they must look
     * at the text as they change it); null when it changed nothing.
     */
    public ReportEdit perform(Function<Report, ReportEdit> change) {
        requireOpen();
        ReportEdit edit = change.apply(report);
        if (edit != null) {
            history.record(edit);
            publish(changeOf(edit, ReportChange.Origin.EDIT));
        }
        return edit;
    }

    /** Puts an older version's content in place of the open report's: one undoable step. */
    public void restoreWhole(Report older) {
        requireOpen();
        history.startNewStep();
        apply(new WholeRestore(report, older));
    }

    /**
     * Puts one section of an older version back: a section that still exists gets its old heading,
     * run-in and body; a removed one is inserted again under its old parent (else at the top level) at
     * its old position as far as there is room. One undoable step; returns the section restored.
     */
    public Section restoreSection(SectionChange change) {
        requireOpen();
        Section older = change.older();
        if (older == null) {
            throw new IllegalArgumentException("an added section has no older version");
        }
        history.startNewStep();
        Section target = change.current() == null ? null : report.findSection(change.current().id());
        if (target != null) {
            apply(new SectionContentRestore(target, older));
            return target;
        }
        Section parent = older.parent() == null || older.parent().isRoot() ? null : report.findSection(older.parent().id());
        if (parent == null) {
            parent = report.root();
        }
        Section copy = older.copyKeepingIds();
        apply(StructureEdit.of(org.reportdesk.model.OutlineMove.insert(copy, parent,
                Math.min(older.index(), parent.children().size()))));
        return copy;
    }

    /** The next edit is a step of its own, not merged with typing before it (a paste, a cut). */
    public void startNewStep() {
        history.startNewStep();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    public boolean undo() {
        return replay(true);
    }

    public boolean redo() {
        return replay(false);
    }

    private boolean replay(boolean back) {
        ReportEdit edit = back ? history.nextUndo() : history.nextRedo();
        if (edit == null) {
            return false;
        }
        EditPlace place = back ? history.undo() : history.redo();
        ReportChange change = changeOf(edit, back ? ReportChange.Origin.UNDO : ReportChange.Origin.REDO);
        for (ReportListener l : List.copyOf(listeners)) {
            l.changed(change);
        }
        for (ReportListener l : List.copyOf(listeners)) {
            l.replayed(place);
        }
        return true;
    }

    /**
     * A background save of {@code opened} (the report object as it was opened, saved from a snapshot)
     * finished: it takes the stored id and times, if it is still the one open.
     */
    public void stored(Report opened, Long id, Instant createdAt, Instant updatedAt) {
        if (report == null || report != opened) {
            return;
        }
        report.setId(id);
        report.setCreatedAt(createdAt);
        report.setUpdatedAt(updatedAt);
    }

    /** A section whose text the user edited no longer needs the review a roll-forward asked for. */
    private static void touched(ReportEdit edit) {
        Section s = edit instanceof TextChange t ? t.section() : edit instanceof FieldChange f ? f.section() : null;
        if (s != null) {
            s.setNeedsReview(false);
        }
    }

    private static ReportChange changeOf(ReportEdit edit, ReportChange.Origin origin) {
        if (edit instanceof TextChange t) {
            return new ReportChange.TextEdited(t.section(), origin);
        }
        if (edit instanceof FieldChange f) {
            return new ReportChange.FieldEdited(f.field(), f.section(), origin);
        }
        if (edit instanceof org.reportdesk.model.ExtraFieldChange x) {
            return new ReportChange.ExtraFieldEdited(x.key(), origin);
        }
        if (edit instanceof StructureEdit s) {
            return new ReportChange.StructureEdited(s.lastApplied(), origin);
        }
        return new ReportChange.ContentReplaced(origin);
    }

    private void publish(ReportChange change) {
        for (ReportListener l : List.copyOf(listeners)) {
            l.changed(change);
        }
    }

    private void requireOpen() {
        if (report == null) {
            throw new IllegalStateException("no report is open");
        }
    }
}
