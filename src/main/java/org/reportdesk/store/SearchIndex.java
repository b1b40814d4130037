package org.reportdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reportdesk.model.Template;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of the template library (Lucene, CJK bigrams), kept in the data folder beside
 * the database ({@value #FOLDER}) or in memory. The index records the database stamp it was built
 * from ({@link TemplateRepository#stamp()}); a missing, unreadable or stale index is rebuilt by
 * {@code TemplateLibrary}. Thread-safe: searches run concurrently with updates through a
 * {@link SearcherManager}; every change is committed before the call returns.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    public static final String FOLDER = "search-index";
    /** Bumped when fields or analysis change, so an index written by an older program is rebuilt. */
    static final String SCHEMA = "4";
    private static final String STAMP_KEY = "stamp";

    static final String ID = "id";
    static final String ID_VALUE = "id_value";
    static final String SNIPPET_SOURCE = "snippet_source";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String META = "meta";
    static final String KIND = "kind";
    static final String TOPIC = "topic";
    static final String HIDDEN = "hidden";
    static final String SOURCE = "source";
    static final String FAVOURITE = "favourite";
    static final String USAGE = "usage";
    static final String LAST_USED = "last_used";
    static final String TITLE_SORT = "title_sort";

    private final Directory directory;
    private final Analyzer analyzer = new CjkBigramAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile String stamp;

    private SearchIndex(Directory directory, String stamp) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, true, false, null);
        this.stamp = stamp;
    }

    /** Opens the index in {@code dataDir/search-index}; an unreadable one is discarded (it is rebuilt from the database). */
    public static SearchIndex open(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER);
        try {
            Files.createDirectories(folder);
            try {
                return openDirectory(FSDirectory.open(folder));
            } catch (IOException | RuntimeException e) {
                LOG.warn("search index unreadable, rebuilding: {}", e.toString());
                deleteContents(folder);
                return openDirectory(FSDirectory.open(folder));
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.folderNotWritable", folder.toString());
        }
    }

    /** An index in memory, for tests and benchmarks. */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchIndex openDirectory(Directory dir) throws IOException {
        String stamp = "";
        if (DirectoryReader.indexExists(dir)) {
            Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
            stamp = data.getOrDefault(STAMP_KEY, "");
        }
        try {
            return new SearchIndex(dir, stamp);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    private static void deleteContents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Whether the index was built from the database state {@code databaseStamp}. */
    public boolean isCurrent(String databaseStamp) {
        return (SCHEMA + ":" + databaseStamp).equals(stamp);
    }

    /** Replaces the whole index with {@code templates}. */
    public void rebuild(Collection<Template> templates, String databaseStamp) {
        change(databaseStamp, w -> {
            w.deleteAll();
            for (Template t : templates) {
                w.addDocument(TemplateDocument.of(t));
            }
        });
    }

    /** Adds or replaces the documents of saved templates. */
    public void putAll(Collection<Template> templates, String databaseStamp) {
        change(databaseStamp, w -> {
            for (Template t : templates) {
                w.updateDocument(new Term(ID, Long.toString(t.id())), TemplateDocument.of(t));
            }
        });
    }

    public void put(Template template, String databaseStamp) {
        putAll(List.of(template), databaseStamp);
    }

    public void remove(long id, String databaseStamp) {
        change(databaseStamp, w -> w.deleteDocuments(new Term(ID, Long.toString(id))));
    }

    private interface Change {
        void apply(IndexWriter w) throws IOException;
    }

    private synchronized void change(String databaseStamp, Change change) {
        String newStamp = SCHEMA + ":" + databaseStamp;
        try {
            change.apply(writer);
            writer.setLiveCommitData(Map.of(STAMP_KEY, newStamp).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
            stamp = newStamp;
        } catch (IOException e) {
            stamp = "";
            throw new StoreException(e, "store.searchIndexFailed", String.valueOf(e.getMessage()));
        }
    }

    /** Number of templates indexed, hidden ones included. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Best match first; ties go to favourites, then the most used, then the most recently used. */
    public List<SearchHit> search(SearchQuery q) {
        QueryWords words = QueryWords.parse(q.text(), analyzer);
        Query query = TemplateQuery.build(words, q);
        return withSearcher(s -> {
            int n = Math.max(1, Math.min(q.limit(), s.getIndexReader().maxDoc()));
            TopFieldDocs top = s.search(query, n, TemplateQuery.sort(words), false);
            return HitReader.read(s, top.scoreDocs, !words.isEmpty(), words);
        });
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException(e, "store.searchIndexFailed", String.valueOf(e.getMessage()));
        }
    }

    /** Highlights of {@code text} for a query, e.g. for a preview pane. */
    public List<Match> highlight(String text, String query) {
        return Highlighter.matches(text, QueryWords.parse(query, analyzer));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.debug("closing search index: {}", e.toString());
        }
    }
}
