package org.reportdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.app.ReportDeskApp;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.testing.RecordingExportService;

/**
 * Runs the desktop app on the real H2 store in a scratch data folder, with a recording export,
 * until the lead's ServicesFactory wires the real exporter:
 * {@code java -cp ... org.reportdesk.ui.DevAppMain [data-dir]}.
 */
public final class DevAppMain {

    private DevAppMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("reportdesk-dev");
        ReportDeskApp.launchWith(() -> {
            Database db = Database.open(dir);
            H2TemplateRepository templates = new H2TemplateRepository(db);
            new BuiltinLibrary().sync(templates, new MetaStore(db));
            return new Services(dir, new H2ReportRepository(db), templates, new RecordingExportService(),
                    new Settings(dir.resolve("settings.properties")), new FxTaskExecutor(),
                    new TemplateLibrary(templates, SearchIndex.open(dir), new MetaStore(db)));
        });
    }
}
