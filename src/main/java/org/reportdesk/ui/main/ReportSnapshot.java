package org.reportdesk.ui.main;

import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.text.CharCounter;

/** Helpers over a whole report that the main window needs. */
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

    /** 字数 of the whole report: title, 开头语, every heading and body, 署名 and date. */
    static int chars(Report r) {
        int n = CharCounter.count(r.title()) + CharCounter.count(r.opening().plainText());
        for (Section s : r.allSections()) {
            n += CharCounter.count(s.numberedHeading()) + CharCounter.count(s.body().plainText());
        }
        return n + CharCounter.count(r.signature()) + CharCounter.count(r.date());
    }
}
