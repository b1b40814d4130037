package org.reportdesk.session;

import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportEdit;

/** An older version put in place of the open report's content: one undoable step. */
final class WholeRestore implements ReportEdit {

    private final Report report;
    private final ReportContent before;
    private final ReportContent after;

    WholeRestore(Report report, Report older) {
        this.report = report;
        this.before = ReportContent.of(report);
        this.after = ReportContent.of(older);
    }

    @Override
    public EditPlace undo() {
        before.writeTo(report);
        return EditPlace.outline(report.sections().isEmpty() ? null : report.sections().get(0));
    }

    @Override
    public EditPlace redo() {
        after.writeTo(report);
        return EditPlace.outline(report.sections().isEmpty() ? null : report.sections().get(0));
    }
}
