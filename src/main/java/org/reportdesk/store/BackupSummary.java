package org.reportdesk.store;

/** What a verified backup holds. */
public record BackupSummary(int reports, int versions, int templates, int profiles) {
}
