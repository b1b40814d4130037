package org.reportdesk.services;

import org.reportdesk.docx.ExportProfileJson;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.store.BackupChecks;

/** What a restore holds every record of a backup to: what the app accepts from any file. */
public final class BackupRules {

    private BackupRules() {
    }

    public static BackupChecks checks() {
        return new BackupChecks(ReportLimits::isWithinFromFile, BackupRules::isProfile);
    }

    private static boolean isProfile(String json) {
        try {
            ExportProfileJson.read(json);
            return true;
        } catch (JsonFormatException | IllegalArgumentException e) {
            return false;
        }
    }
}
