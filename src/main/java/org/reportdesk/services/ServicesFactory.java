package org.reportdesk.services;

import java.nio.file.Path;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the app's services on a data folder: opens (or creates) the database and the search
 * index, and wires the library and the exporter. Runs off the FX thread, while the toolkit starts.
 * Loading the built-in library ({@code TemplateLibrary.startUp}) is left to the window, which runs
 * it in the background after it is shown.
 */
public final class ServicesFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ServicesFactory.class);

    private ServicesFactory() {
    }

    /** Opened services and what must be closed with them. */
    public record Opened(Services services, Database database, SearchIndex index, long openMillis)
            implements AutoCloseable {
        @Override
        public void close() {
            services.executor().shutdown();
            services.settings().save();
            index.close();
            database.close();
        }
    }

    public static Opened open(Path dataDir, TaskExecutor executor) {
        long t0 = System.nanoTime();
        if (DatabaseBackups.applyPendingRestore(dataDir) == DatabaseBackups.Pending.RESTORED) {
            LOG.info("backup restored into {}", dataDir);
        }
        Database db = Database.open(dataDir);
        SearchIndex index = null;
        try {
            index = SearchIndex.open(dataDir);
            H2TemplateRepository templates = new H2TemplateRepository(db);
            TemplateLibrary library = new TemplateLibrary(templates, index, new MetaStore(db));
            Services services = new Services(dataDir, new H2ReportRepository(db), templates,
                    new DocxExportService(new ProfileLibrary(new H2ProfileStore(db))), new Settings(dataDir.resolve("settings.properties")), executor,
                    library, new SnapshotStore(db), new DatabaseBackups(db, dataDir));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.debug("services ready in {} ms", ms);
            return new Opened(services, db, index, ms);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            }
            db.close();
            throw e;
        }
    }
}
