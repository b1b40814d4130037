package org.reportdesk.store;

import java.util.function.Predicate;
import org.reportdesk.model.Report;

/**
 * What a restore asks of each record beyond being well-formed: the callers know the report
 * limits ({@code io.ReportLimits}) and the export-profile format ({@code docx}), the store does not.
 */
public record BackupChecks(Predicate<Report> report, Predicate<String> profile) {

    /** Sections at most four levels deep; profiles any JSON object. */
    public static final BackupChecks STRUCTURE = new BackupChecks(r -> r.root().subtreeHeight() <= 4, p -> true);
}
