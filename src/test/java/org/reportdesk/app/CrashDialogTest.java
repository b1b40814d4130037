package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which uncaught failures bring up the crash dialog: not those of the database's background threads. */
class CrashDialogTest {

    @Test
    void theDatabasesBackgroundThreadsAreOnlyLoggedOthersShowTheDialog() {
        // Seen in DiskFullKillTest: a full disk made H2's LOB cleaner throw MVStoreException uncaught.
        assertThat(CrashDialog.isDatabaseThread(new Thread(() -> { }, "H2-lob-cleaner"))).isTrue();
        assertThat(CrashDialog.isDatabaseThread(new Thread(() -> { }, "MVStore background writer nio:/x/reportdesk.mv.db")))
                .isTrue();
        assertThat(CrashDialog.isDatabaseThread(new Thread(() -> { }, "JavaFX Application Thread"))).isFalse();
        assertThat(CrashDialog.isDatabaseThread(new Thread(() -> { }, "reportdesk-save"))).isFalse();
    }
}
