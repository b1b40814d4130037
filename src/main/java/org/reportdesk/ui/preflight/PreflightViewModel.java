package org.reportdesk.ui.preflight;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.check.AppliedFix;
import org.reportdesk.check.CheckResult;
import org.reportdesk.check.Finding;
import org.reportdesk.check.FixStep;
import org.reportdesk.check.IncrementalChecker;
import org.reportdesk.check.Location;
import org.reportdesk.check.QuickFixes;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.Failures;

/**
 * The preflight of the open report: live checking (debounced, off the FX thread, stale results
 * dropped), findings grouped for the panel, quick fixes as single steps of the report's undo history, F3 to the next
 * place to fill in, the export warning and the target length.
 */
public final class PreflightViewModel {

    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final IncrementalChecker checker = new IncrementalChecker();
    private final ReportSession session;
    private final ObjectProperty<CheckResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<List<FindingGroups.SeverityGroup>> groups = new SimpleObjectProperty<>(List.of());
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final TargetLength target = new TargetLength();
    private Report report;
    private long requested;
    private boolean applying;
    private Consumer<Location> navigator = l -> { };

    public PreflightViewModel(TaskExecutor executor, Debouncer debouncer, ReportSession session) {
        this.executor = executor;
        this.debouncer = debouncer;
        this.session = session;
        target.setApply(session::apply);
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                if (change instanceof ReportChange.Opened o) {
                    setReport(o.report());
                } else if (!(change instanceof ReportChange.ExtraFieldEdited)) {
                    edited();
                }
            }
        });
    }

    /** Where a chosen finding is shown: selects the section and the text range. */
    public void setNavigator(Consumer<Location> navigator) {
        this.navigator = navigator;
    }

    private void setReport(Report r) {
        report = r;
        checker.clear();
        target.setReport(r);
        if (r == null) {
            requested++;
            publish(null);
        } else {
            checkNow();
        }
    }

    /** The report changed (an edit, an undo): re-check after a pause. */
    public void edited() {
        if (applying || report == null) {
            return;
        }
        debouncer.schedule(this::checkNow);
    }

    /** Checks a snapshot in the background; a result arriving after a newer request is dropped. */
    public void checkNow() {
        if (report == null) {
            return;
        }
        Report snapshot = session.snapshot();
        long generation = ++requested;
        executor.submit(() -> checker.check(snapshot), r -> {
            if (generation == requested) {
                publish(r);
            }
        }, e -> message.set(Failures.sentence(e)));
    }

    /** Checks at once on this thread, for commands that must act on the text as it is now. */
    CheckResult checkSync() {
        CheckResult r = checker.check(session.snapshot());
        requested++;
        publish(r);
        return r;
    }

    private void publish(CheckResult r) {
        result.set(r);
        groups.set(r == null ? List.of() : FindingGroups.of(r));
        summary.set(r == null ? "" : FindingTexts.summary(r));
    }

    public void show(Finding f) {
        navigator.accept(f.location());
    }

    /** Applies a finding's quick fix as one undo step, or re-checks when the text has changed since. */
    public void applyFix(Finding f) {
        if (report == null || f.fix() == null) {
            return;
        }
        if (!QuickFixes.canApply(report, f.fix())) {
            message.set(Messages.get("check.ui.stale"));
            checkNow();
            return;
        }
        AppliedFix[] applied = new AppliedFix[1];
        step(r -> {
            applied[0] = QuickFixes.apply(r, f.fix());
            return List.of(applied[0]);
        });
        navigator.accept(applied[0].changed());
    }

    /** Applies every quick fix of one rule as one undo step. */
    public void fixAll(String rule) {
        CheckResult r = result.get();
        if (report == null || r == null) {
            return;
        }
        List<Finding> fixable = r.findings().stream().filter(f -> f.rule().equals(rule) && f.fix() != null).toList();
        step(rep -> QuickFixes.applyAll(rep, fixable));
    }

    public long fixableCount(String rule) {
        CheckResult r = result.get();
        return r == null ? 0 : r.findings().stream().filter(f -> f.rule().equals(rule) && f.fix() != null).count();
    }

    /** Runs an edit that returns its applied fixes (e.g. replace-all) as one undo step; returns how many changed. */
    public int applyStep(Function<Report, List<AppliedFix>> edit) {
        if (report == null) {
            return 0;
        }
        return step(edit);
    }

    /** Applies fixes through the session as one undo step, then re-checks at once; returns how many. */
    private int step(Function<Report, List<AppliedFix>> edit) {
        int[] count = new int[1];
        applying = true;
        try {
            session.perform(r -> {
                List<AppliedFix> applied = edit.apply(r);
                count[0] = applied.size();
                return applied.isEmpty() ? null : new FixStep(r, applied);
            });
        } finally {
            applying = false;
        }
        if (count[0] > 0) {
            message.set("");
            checkNow();
        }
        return count[0];
    }

    /** F3: selects the next placeholder, blank or unfilled field after the caret. */
    public Optional<Finding> nextFillIn(Location caret) {
        return fillIn(r -> r.nextFillIn(caret));
    }

    /** Shift+F3. */
    public Optional<Finding> previousFillIn(Location caret) {
        return fillIn(r -> r.previousFillIn(caret));
    }

    private Optional<Finding> fillIn(Function<CheckResult, Optional<Finding>> which) {
        if (report == null) {
            return Optional.empty();
        }
        Optional<Finding> f = which.apply(checkSync());
        f.ifPresentOrElse(x -> navigator.accept(x.location()), () -> message.set(Messages.get("check.ui.noFillIn")));
        return f;
    }

    /** Before export: the warning to show when errors remain (count and the first few), empty when clean. */
    public Optional<String> exportWarning() {
        if (report == null) {
            return Optional.empty();
        }
        CheckResult r = checkSync();
        if (!r.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(FindingTexts.exportWarning(r));
    }

    public ReadOnlyObjectProperty<CheckResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<List<FindingGroups.SeverityGroup>> groupsProperty() {
        return groups;
    }

    /** E.g. 「2 个错误，5 个警告」; empty without a report. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public TargetLength target() {
        return target;
    }

    /** The report's 字数, kept up to date by the main window; the target progress follows it. */
    public IntegerProperty reportCharsProperty() {
        return target.charsProperty();
    }

    Report report() {
        return report;
    }
}
