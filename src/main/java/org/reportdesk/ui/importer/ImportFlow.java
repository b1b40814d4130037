package org.reportdesk.ui.importer;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.stage.Window;
import org.reportdesk.services.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.ui.Failures;

/**
 * Starts an import from the main window: reads the source off the FX thread and shows the preview,
 * or, when the source cannot be read, one sentence and nothing imported.
 */
public final class ImportFlow {

    private final Services services;
    private final Window owner;
    private final Predicate<Report> open;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final BooleanProperty busy;

    /** {@code busy}: the main window's busy flag, set while the source is read (the first import loads dictionaries: ~2 s). */
    public ImportFlow(Services services, Window owner, Predicate<Report> open, Consumer<String> info, Consumer<String> error,
                      BooleanProperty busy) {
        this.services = services;
        this.busy = busy;
        this.owner = owner;
        this.open = open;
        this.info = info;
        this.error = error;
    }

    public void start(ImportSource source, String sourceName) {
        busy.set(true);
        info.accept(Messages.get("import.preview.busy"));
        services.executor().submit(org.reportdesk.services.TaskExecutor.Lane.LONG, () -> source.read(ImportOptions.defaults()), first -> {
            busy.set(false);
            info.accept("");
            ImportPreviewViewModel vm = new ImportPreviewViewModel(source, first, services.executor(),
                    services.reports(), services.library());
            new ImportPreviewView(vm, owner, sourceName, open, info).show();
        }, e -> {
            busy.set(false);
            error.accept(Failures.sentence(e));
        });
    }
}
