package org.reportdesk.services;

import java.nio.file.Path;
import org.reportdesk.i18n.UserFacingException;

/** Backing up the whole database to one file, and restoring one at the next start. */
public interface BackupService {

    /** Writes a backup of everything stored to {@code target}. Runs off the UI thread. */
    void backup(Path target);

    /** Arranges for {@code backup} to replace the database when the app next starts (the old one is kept in backups/). */
    void restoreAtNextStart(Path backup);

    BackupService NONE = new BackupService() {
        @Override
        public void backup(Path target) {
            throw new UserFacingException("backup.unavailable");
        }

        @Override
        public void restoreAtNextStart(Path backup) {
            throw new UserFacingException("backup.unavailable");
        }
    };
}
