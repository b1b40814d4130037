package org.reportdesk.ui.library;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.ui.Failures;

/** Template packs in and out, off the FX thread; the outcome as one sentence for the status line. */
public final class PackViewModel {

    private final TemplatePacks packs;
    private final TaskExecutor executor;
    private final Runnable libraryChanged;
    private final Consumer<String> info;
    private final Consumer<String> error;

    public PackViewModel(TemplatePacks packs, TaskExecutor executor, Runnable libraryChanged, Consumer<String> info,
                         Consumer<String> error) {
        this.packs = packs;
        this.executor = executor;
        this.libraryChanged = libraryChanged;
        this.info = info;
        this.error = error;
    }

    /** Imports a pack; a bad one imports nothing and is reported as one sentence. */
    public void importFrom(Path file) {
        executor.submit(org.reportdesk.services.TaskExecutor.Lane.LONG, () -> packs.importFile(file), s -> {
            libraryChanged.run();
            info.accept(Messages.get("ui.library.importSummary", s.added(), s.identical(), s.keptSideBySide()));
        }, e -> error.accept(Failures.sentence(e)));
    }

    /** Exports the user's own and imported templates. */
    public void exportTo(Path file) {
        executor.submit(org.reportdesk.services.TaskExecutor.Lane.LONG, () -> packs.export(packs.shareable(false), file),
                n -> info.accept(Messages.get("library.exported", n, file.toString())),
                e -> error.accept(Failures.sentence(e)));
    }

    /** The file name a chosen path should have: the pack extension added when missing. */
    public static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(TemplatePacks.EXTENSION) ? p
                : p.resolveSibling(name.replaceFirst("\\.json$", "") + TemplatePacks.EXTENSION);
    }
}
