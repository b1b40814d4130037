package org.reportdesk.text;

import java.util.List;
import org.reportdesk.model.Report;

/** What an import gives: the reports (one per piece of a collection), what was changed, what to check. */
public record ImportResult(List<Report> reports, List<ImportChange> changes, List<ImportWarning> warnings) {

    public ImportResult {
        reports = List.copyOf(reports);
        changes = List.copyOf(changes);
        warnings = List.copyOf(warnings);
    }

    public Report first() {
        return reports.get(0);
    }
}
