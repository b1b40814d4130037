package org.reportdesk.ui.main;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportdesk.i18n.Messages;
import org.reportdesk.json.ReportJson;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.Failures;

/**
 * Closing the window never drops edits: it stores what is pending (waiting a bounded time) and
 * closes only once the report is stored, saved as a {@code .report.json} elsewhere, or given up
 * by the user. When the data folder cannot take it, the user is told why in one sentence and
 * offered to save the report as a file.
 */
final class SafeClose {

    /** How long closing waits for the last write before saying it is still being written. */
    static final Duration WAIT = Duration.ofSeconds(10);

    static final int SAVE_AS = 0;
    static final int STAY = 1;
    static final int DISCARD = 2;

    private final MainViewModel vm;
    private final DialogService dialogs;
    private final Duration wait;

    SafeClose(MainViewModel vm, DialogService dialogs, Duration wait) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.wait = wait;
    }

    /** True when the window may close now. */
    boolean mayClose() {
        vm.editor().commitPending();
        Optional<String> trouble = vm.storing().storeNow(wait);
        return trouble.isEmpty() || offerSaveAs(trouble.get(), true);
    }

    /**
     * Says why the report cannot be stored and offers to save it as a file; true when it was saved
     * (or, when {@code closing}, the user chose to give the edits up).
     */
    boolean offerSaveAs(String why, boolean closing) {
        String message = why;
        while (true) {
            List<String> answers = closing
                    ? List.of(Messages.get("ui.close.saveAs"), Messages.get("ui.close.stay"), Messages.get("ui.close.discard"))
                    : List.of(Messages.get("ui.close.saveAs"), Messages.get("ui.close.later"));
            int answer = dialogs.choose(Messages.get("ui.close.title"), message, answers, STAY);
            if (answer == DISCARD && closing) {
                return dialogs.confirm(Messages.get("ui.close.title"), Messages.get("ui.close.discardSure"),
                        Messages.get("ui.close.discard"), Messages.get("ui.close.stay"), true);
            }
            if (answer != SAVE_AS) {
                return false;
            }
            Optional<Path> target = chooseFile();
            if (target.isEmpty()) {
                continue;
            }
            try {
                vm.storing().saveAsFile(target.get());
                vm.fileProperty().set(target.get());
                vm.info(Messages.get("ui.main.savedFile", target.get().toString()));
                return true;
            } catch (RuntimeException e) {
                message = Messages.get("ui.close.saveAsFailed", Failures.sentence(e));
            }
        }
    }

    private Optional<Path> chooseFile() {
        String name = MainCommands.safeName(vm.session().report().title()) + ReportJson.EXTENSION;
        Path folder = Path.of(System.getProperty("user.home"));
        return dialogs.chooseFileToSave(null, new DialogService.FileType(Messages.get("ui.file.reportFilter"),
                "*" + ReportJson.EXTENSION), folder, name).map(f -> {
                    String p = f.toAbsolutePath().toString();
                    return Path.of(p.toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION) ? p : p + ReportJson.EXTENSION);
                });
    }
}
