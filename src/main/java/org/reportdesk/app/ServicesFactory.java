package org.reportdesk.app;

import java.nio.file.Path;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the app's services on a data folder: opens (or creates) the database, brings the
 * built-in library in, and wires the exporter. Runs off the FX thread, while the toolkit starts.
 */
public final class ServicesFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ServicesFactory.class);

    private ServicesFactory() {
    }

    /** Opened services and what must be closed with them. */
    public record Opened(Services services, Database database) implements AutoCloseable {
        @Override
        public void close() {
            services.executor().shutdown();
            services.settings().save();
            database.close();
        }
    }

    public static Opened open(Path dataDir, TaskExecutor executor) {
        long t0 = System.nanoTime();
        if (DatabaseBackups.applyPendingRestore(dataDir)) {
            LOG.info("backup restored into {}", dataDir);
        }
        Database db = Database.open(dataDir);
        try {
            H2TemplateRepository templates = new H2TemplateRepository(db);
            if (new BuiltinLibrary().sync(templates, new MetaStore(db))) {
                LOG.info("built-in library loaded into {}", dataDir);
            }
            Services services = new Services(dataDir, new H2ReportRepository(db), templates,
                    new DocxExportService(new ProfileLibrary(new H2ProfileStore(db))), new Settings(dataDir.resolve("settings.properties")), executor,
                    new SnapshotStore(db), new DatabaseBackups(db, dataDir));
            LOG.debug("services ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
            return new Opened(services, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
