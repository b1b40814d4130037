package org.reportdesk.ui.main;

import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;

/** Copies of the open report for background work. */
final class ReportSnapshot {

    private ReportSnapshot() {
    }

    /**
     * A deep copy to hand to background work, so that typing on the UI thread never races the
     * thread that writes the report.
     */
    static Report copy(Report r) {
        Report c = ReportJson.read(ReportJson.write(r));
        c.setId(r.id());
        c.setCreatedAt(r.createdAt());
        c.setUpdatedAt(r.updatedAt());
        return c;
    }

}
