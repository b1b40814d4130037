package org.reportdesk.cli;

import java.nio.file.Path;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.store.DataDirectory;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ReportRepository;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;

/**
 * The database-backed services a command needs, opened from a data folder and closed after the
 * command: database (migrated), built-in library synced, search index current.
 */
public final class CliServices implements AutoCloseable {

    private final Database database;
    private final SearchIndex index;
    private final TemplateLibrary library;
    private final H2ReportRepository reports;

    private CliServices(Database database, SearchIndex index) {
        this.database = database;
        this.index = index;
        this.library = new TemplateLibrary(new H2TemplateRepository(database), index, new MetaStore(database));
        this.reports = new H2ReportRepository(database);
    }

    /** Opens the data folder given by {@code --data-dir} (may be null), else REPORTDESK_HOME, else the platform's. */
    public static CliServices open(String dataDirOverride) {
        return open(DataDirectory.resolve(dataDirOverride));
    }

    public static CliServices open(Path dataDir) {
        Database db = Database.open(dataDir);
        SearchIndex index;
        try {
            index = SearchIndex.open(dataDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        CliServices s = new CliServices(db, index);
        try {
            s.library.startUp(new BuiltinLibrary());
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public TemplateLibrary library() {
        return library;
    }

    public TemplatePacks packs() {
        return new TemplatePacks(library);
    }

    public H2ReportRepository reports() {
        return reports;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        index.close();
        database.close();
    }
}
