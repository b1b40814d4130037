package org.reportdesk.services;

import java.nio.file.Path;
import java.util.Objects;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.store.MemorySnapshots;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.store.SnapshotRepository;
import org.reportdesk.store.TemplateRepository;

/**
 * Everything a screen may use, handed to view models through their constructors. Built once by
 * the application (or by a test, with its own parts).
 */
public record Services(
        Path dataDir,
        ReportRepository reports,
        TemplateRepository templates,
        ExportService export,
        Settings settings,
        TaskExecutor executor,
        TemplateLibrary library,
        SnapshotRepository snapshots,
        BackupService backups) {

    /** Services without a database behind the history and backups (tests, tools). */
    public Services(Path dataDir, ReportRepository reports, TemplateRepository templates, ExportService export,
                    Settings settings, TaskExecutor executor, TemplateLibrary library) {
        this(dataDir, reports, templates, export, settings, executor, library, new MemorySnapshots(), BackupService.NONE);
    }

    public Services {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(backups, "backups");
    }
}
