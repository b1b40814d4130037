package org.reportdesk.store;

import java.util.List;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;

/** Reports kept in the local database. Implementations throw {@link StoreException} on failure. */
public interface ReportRepository {

    /** Every stored report, most recently changed first. */
    List<ReportSummary> list();

    /** The report with {@code id}; a {@link StoreException} if there is none. */
    Report load(long id);

    /** Inserts or updates; sets the report's id and timestamps and returns it. */
    Report save(Report report);

    /** Inserts several new reports: all of them or, on a failure, none. */
    List<Report> saveAll(List<Report> reports);

    void delete(long id);
}
