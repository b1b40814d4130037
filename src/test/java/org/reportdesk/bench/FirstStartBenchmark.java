package org.reportdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.SyntheticTemplates;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;

/**
 * First start in a fresh data folder: create the database (Flyway), load the built-in library,
 * build the search index. Run 1 is a cold JVM (what a user sees, class loading included); runs
 * 2-5 show the steady cost. When {@code builtin/index.txt} lists nothing, 150 generated templates
 * are loaded instead, the way {@link BuiltinLibrary#sync} loads them (parse JSON, save all in one transaction).
 * Wall and process-CPU times are printed: on a busy shared machine wall time mostly measures waiting.
 */
public final class FirstStartBenchmark {

    private static final int GENERATED = 150;
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private FirstStartBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean builtinsShipped = !new BuiltinLibrary().load().isEmpty();
        String generated = builtinsShipped ? null : generatedCollection();
        System.out.println(builtinsShipped ? "built-in library from builtin/index.txt"
                : "builtin/index.txt lists nothing: loading " + GENERATED + " generated templates");
        for (int run = 1; run <= 5; run++) {
            Path dir = Files.createTempDirectory("rd-first-start");
            try {
                long cpu0 = OS.getProcessCpuTime();
                long t0 = System.nanoTime();
                try (Database db = Database.open(dir); SearchIndex index = SearchIndex.open(dir)) {
                    long t1 = System.nanoTime();
                    H2TemplateRepository repo = new H2TemplateRepository(db);
                    MetaStore meta = new MetaStore(db);
                    TemplateLibrary library = new TemplateLibrary(repo, index, meta);
                    if (builtinsShipped) {
                        new BuiltinLibrary().sync(repo, meta);
                    } else {
                        loadLikeSync(generated, repo);
                    }
                    long t2 = System.nanoTime();
                    library.ensureIndexCurrent();
                    long t3 = System.nanoTime();
                    long cpu = OS.getProcessCpuTime() - cpu0;
                    System.out.printf("run %d: open+migrate %4d ms, load %3d templates %4d ms, index %4d ms, total %4d ms"
                            + " (process CPU %4d ms)%n", run, ms(t1 - t0), repo.all().size(), ms(t2 - t1), ms(t3 - t2),
                            ms(t3 - t0), ms(cpu));
                }
            } finally {
                SearchBenchmark.deleteTree(dir);
            }
        }
    }

    private static String generatedCollection() {
        List<Template> keyed = new ArrayList<>();
        int i = 0;
        for (Template t : SyntheticTemplates.generate(GENERATED, 99)) {
            keyed.add(Template.of("bench." + i++, t.title(), t.kind(), t.topic(), t.tags(), t.titlePattern(), t.opening(),
                    t.sections(), TemplateSource.BUILTIN));
        }
        return TemplateJson.write(keyed);
    }

    /** What {@link BuiltinLibrary#sync} does on a first start: read what is stored, save the parsed collection in one transaction. */
    private static void loadLikeSync(String json, H2TemplateRepository repo) {
        if (repo.all().isEmpty()) {
            repo.saveAll(TemplateJson.read(json, TemplateSource.BUILTIN));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
