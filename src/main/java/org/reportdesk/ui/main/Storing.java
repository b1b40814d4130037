package org.reportdesk.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.autosave.Autosave;
import org.reportdesk.ui.autosave.StoreTrouble;

/**
 * Whether the open report is stored for good: asked before the window closes (waiting a bounded
 * time for the write) and after a write failed, in the user's words (磁盘已满, 数据文件夹不可写,
 * the folder deleted or moved).
 */
final class Storing {

    private final ReportSession session;
    private final Autosave autosave;
    private final Path dataDir;
    private final Runnable folderCheck;
    private final boolean databaseThere;

    Storing(ReportSession session, Autosave autosave, Path dataDir, Runnable folderCheck) {
        this.session = session;
        this.autosave = autosave;
        this.dataDir = dataDir;
        this.folderCheck = folderCheck;
        this.databaseThere = Files.exists(StoreTrouble.databaseFile(dataDir));
    }

    /**
     * The check run after every write: only where the database file was there when the window
     * opened (tests with stores in memory have none).
     */
    static Runnable folderCheck(Path dataDir) {
        return Files.exists(StoreTrouble.databaseFile(dataDir)) ? StoreTrouble.folderCheck(dataDir) : () -> { };
    }

    /**
     * Writes what is pending and waits at most {@code bound} for it; empty when the report is
     * stored, else the sentence saying why not. Runs on the UI thread.
     */
    Optional<String> storeNow(Duration bound) {
        if (!session.isOpen()) {
            return Optional.empty();
        }
        try {
            autosave.flushAndConfirm().get(bound.toMillis(), TimeUnit.MILLISECONDS);
            // Writes into a deleted folder succeed (the file is only unlinked): look for it too.
            folderCheck.run();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(sentence(e.getCause()));
        } catch (TimeoutException e) {
            return Optional.of(Messages.get("store.trouble.slow", dataDir.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Messages.get("store.trouble.slow", dataDir.toString()));
        } catch (RuntimeException e) {
            return Optional.of(sentence(e));
        }
    }

    /** Writes the open report to a {@code .report.json} file now, on this thread: the way out when it cannot be stored. */
    void saveAsFile(Path target) {
        ReportFiles.writeReportFile(session.snapshot(), target);
    }

    StoreTrouble trouble(Throwable failure) {
        return StoreTrouble.of(failure, dataDir, databaseThere);
    }

    String sentence(Throwable failure) {
        StoreTrouble t = trouble(failure);
        return t.sentence(dataDir, t == StoreTrouble.OTHER ? Failures.sentence(failure) : "");
    }
}
