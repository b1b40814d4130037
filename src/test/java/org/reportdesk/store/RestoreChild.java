package org.reportdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reportdesk.io.ReportLimits;

/**
 * A restore in its own JVM, for {@link RestoreSuiteTest} to kill: it stops at the phase named
 * in args[2] (writing args[3] there), or runs through when none matches.
 */
public final class RestoreChild {

    private RestoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[3]);
        DatabaseBackup.restore(Path.of(args[0]), Path.of(args[1]), true, org.reportdesk.services.BackupRules.checks(), phase -> {
            if (phase.equals(args[2])) {
                try {
                    Files.writeString(marker, phase);
                    Thread.sleep(600_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }).close();
        Files.writeString(marker, "done");
    }
}
