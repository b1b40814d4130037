package org.reportdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.reportdesk.library.SyntheticTemplates;
import org.reportdesk.model.Template;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SearchQuery;

/**
 * Search latency over a synthetic library (report-like sentences from {@link SyntheticTemplates}),
 * index on disk as in the app. Each timed call is what the library panel gets: query, top 50 hits
 * with title highlights and snippet. Wall and thread-CPU times are both printed: on a shared,
 * busy machine the wall time mostly measures waiting for a core. Arguments: library sizes
 * (default 10000 100000).
 */
public final class SearchBenchmark {

    private static final int QUERIES_PER_CLASS = 400;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int n : sizes) {
            run(n);
        }
    }

    private static void run(int n) throws IOException {
        List<Template> templates = new ArrayList<>(n);
        long id = 1;
        for (Template t : SyntheticTemplates.generate(n, 2025)) {
            templates.add(t.withId(id++));
        }
        Path dir = Files.createTempDirectory("rd-search-bench");
        try (SearchIndex index = SearchIndex.open(dir)) {
            long t0 = System.nanoTime();
            index.rebuild(templates, "bench");
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("%n%,d templates: index build %,d ms (%d docs)%n", n, buildMs, index.size());

            Random rnd = new Random(1);
            List<List<String>> classes = List.of(queries(rnd, 1), queries(rnd, 2), queries(rnd, 4));
            for (List<String> warm : classes) {
                for (String q : warm) {
                    index.search(SearchQuery.of(q));
                }
            }
            String[] names = {"1-char", "2-char", "4-char"};
            List<Long> all = new ArrayList<>();
            List<Long> allCpu = new ArrayList<>();
            for (int c = 0; c < classes.size(); c++) {
                long[] times = new long[QUERIES_PER_CLASS];
                long[] cpu = new long[QUERIES_PER_CLASS];
                int hits = 0;
                for (int i = 0; i < QUERIES_PER_CLASS; i++) {
                    long c0 = THREADS.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    hits += index.search(SearchQuery.of(classes.get(c).get(i))).size();
                    times[i] = System.nanoTime() - s;
                    cpu[i] = THREADS.getCurrentThreadCpuTime() - c0;
                    all.add(times[i]);
                    allCpu.add(cpu[i]);
                }
                print(names[c] + " wall", times, hits / QUERIES_PER_CLASS);
                print(names[c] + " cpu", cpu, -1);
            }
            print("all wall", all.stream().mapToLong(Long::longValue).toArray(), -1);
            print("all cpu", allCpu.stream().mapToLong(Long::longValue).toArray(), -1);
        } finally {
            deleteTree(dir);
        }
    }

    private static List<String> queries(Random rnd, int length) {
        List<String> words = SyntheticTemplates.WORDS;
        List<String> out = new ArrayList<>();
        while (out.size() < QUERIES_PER_CLASS) {
            String w = words.get(rnd.nextInt(words.size()));
            if (length == 1) {
                out.add(String.valueOf(w.charAt(rnd.nextInt(w.length()))));
            } else if (length == 2 && w.length() == 2) {
                out.add(w);
            } else if (length == 4) {
                String v = words.get(rnd.nextInt(words.size()));
                if (w.length() == 2 && v.length() == 2) {
                    out.add(w + v);
                } else if (w.length() == 4) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static void print(String name, long[] nanos, int avgHits) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("  %-12s queries %4d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%s%n", name, s.length,
                pct(s, 50), pct(s, 95), pct(s, 99), s[s.length - 1] / 1e6, avgHits >= 0 ? "  (avg hits " + avgHits + ")" : "");
    }

    private static double pct(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
