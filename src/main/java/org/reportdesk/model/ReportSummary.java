package org.reportdesk.model;

import java.time.Instant;

/** One row of the report list: enough to show and reopen a stored report. */
public record ReportSummary(long id, String title, Instant updatedAt, int characters) {
}
