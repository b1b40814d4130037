package org.reportdesk.ui.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdesk.services.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Buttons;
import org.reportdesk.ui.Failures;

/**
 * 文件 → 备份… / 从备份恢复…: a backup of everything is written off the UI thread; a restore is
 * checked whole, staged and applied at the next start, after the user agreed to close the window.
 */
public final class BackupActions {

    private static final String FOLDER = "folder.backup";

    private final Services services;
    private final Window owner;
    private final Consumer<String> info;
    private final Consumer<String> error;

    public BackupActions(Services services, Window owner, Consumer<String> info, Consumer<String> error) {
        this.services = services;
        this.owner = owner;
        this.info = info;
        this.error = error;
    }

    public void backup() {
        FileChooser fc = chooser();
        fc.setInitialFileName("reportdesk-" + LocalDate.now() + ".backup.zip");
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return;
        }
        Path target = f.toPath();
        services.settings().put(FOLDER, String.valueOf(target.toAbsolutePath().getParent()));
        services.executor().submit(org.reportdesk.services.TaskExecutor.Lane.LONG, () -> {
            services.backups().backup(target);
            return target;
        }, p -> info.accept(Messages.get("backup.done", p.toString())), e -> error.accept(Failures.sentence(e)));
    }

    /**
     * Asks for a backup file; it is checked whole off the UI thread (a wrong file is refused with
     * its sentence, nothing staged) and, once staged, {@code onStaged} closes the window.
     */
    public void restore(Runnable onStaged) {
        File f = chooser().showOpenDialog(owner);
        if (f == null) {
            return;
        }
        ButtonType go = Buttons.of("backup.restoreButton", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("backup.restoreConfirm", f.getName()), go, Buttons.cancel());
        a.initOwner(owner);
        a.setHeaderText(null);
        a.setTitle(Messages.get("app.title"));
        if (a.showAndWait().filter(b -> b == go).isEmpty()) {
            return;
        }
        Path chosen = f.toPath();
        services.executor().submit(() -> {
            services.backups().restoreAtNextStart(chosen);
            return chosen;
        }, p -> onStaged.run(), e -> error.accept(Failures.sentence(e)));
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("backup.filter"), "*.zip"));
        File dir = new File(services.settings().get(FOLDER, System.getProperty("user.home")));
        if (dir.isDirectory()) {
            fc.setInitialDirectory(dir);
        }
        return fc;
    }
}
