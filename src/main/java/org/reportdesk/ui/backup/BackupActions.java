package org.reportdesk.ui.backup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.reportdesk.i18n.Messages;
import org.reportdesk.services.Services;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.Failures;

/**
 * 文件 → 备份… / 从备份恢复…: a backup of everything is written off the UI thread; a restore is
 * checked whole, staged and applied at the next start, after the user agreed to close the window.
 * Every question goes through the dialog service, so both are tested without a stage.
 */
public final class BackupActions {

    private static final String FOLDER = "folder.backup";

    private final Services services;
    private final DialogService dialogs;
    private final Consumer<String> info;
    private final Consumer<String> error;

    public BackupActions(Services services, DialogService dialogs, Consumer<String> info, Consumer<String> error) {
        this.services = services;
        this.dialogs = dialogs;
        this.info = info;
        this.error = error;
    }

    public void backup() {
        dialogs.chooseFileToSave(null, backups(), folder(), "reportdesk-" + LocalDate.now() + ".backup.zip").ifPresent(target -> {
            services.settings().put(FOLDER, String.valueOf(target.toAbsolutePath().getParent()));
            services.executor().submit(TaskExecutor.Lane.LONG, () -> {
                services.backups().backup(target);
                return target;
            }, p -> info.accept(Messages.get("backup.done", p.toString())), e -> error.accept(Failures.sentence(e)));
        });
    }

    /**
     * Asks for a backup file; it is checked whole off the UI thread (a wrong file is refused with
     * its sentence, nothing staged) and, once staged, {@code onStaged} closes the window.
     */
    public void restore(Runnable onStaged) {
        dialogs.chooseFileToOpen(null, backups(), folder()).ifPresent(chosen -> {
            if (!dialogs.confirm(Messages.get("app.title"), Messages.get("backup.restoreConfirm", chosen.getFileName()),
                    Messages.get("backup.restoreButton"), Messages.get("ui.button.cancel"), true)) {
                return;
            }
            services.executor().submit(TaskExecutor.Lane.LONG, () -> {
                services.backups().restoreAtNextStart(chosen);
                return chosen;
            }, p -> onStaged.run(), e -> error.accept(Failures.sentence(e)));
        });
    }

    private Path folder() {
        return Path.of(services.settings().get(FOLDER, System.getProperty("user.home")));
    }

    private static DialogService.FileType backups() {
        return new DialogService.FileType(Messages.get("backup.filter"), "*.zip");
    }
}
