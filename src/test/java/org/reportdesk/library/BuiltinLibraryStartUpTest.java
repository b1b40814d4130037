package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Template;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SearchQuery;

class BuiltinLibraryStartUpTest {

    private final Database db = Database.inMemory("builtin-" + UUID.randomUUID());
    private final H2TemplateRepository repo = new H2TemplateRepository(db);
    private final SearchIndex index = SearchIndex.inMemory();
    private final TemplateLibrary library = new TemplateLibrary(repo, index, new MetaStore(db));

    @AfterEach
    void close() {
        index.close();
        db.close();
    }

    @Test
    void aNewLibraryVersionUpdatesTextsKeepsTheUsersMarksAndDropsRetiredTemplates() {
        library.startUp(new BuiltinLibrary(List.of("test-sync-v1.json")));
        assertThat(repo.all()).hasSize(2);
        long id = repo.findByKey("test.safety").orElseThrow().id();
        library.toggleFavourite(id);
        library.recordUse(id);

        library.startUp(new BuiltinLibrary(List.of("test-sync-v2.json")));
        Template t = repo.findByKey("test.safety").orElseThrow();
        assertThat(t.id()).isEqualTo(id);
        assertThat(t.favourite()).isTrue();
        assertThat(t.usageCount()).isEqualTo(1);
        assertThat(t.sections().get(0).body().plainText()).contains("消防");
        assertThat(repo.findByKey("test.retired")).isEmpty();
        assertThat(library.search(SearchQuery.of("消防"))).extracting(h -> h.id()).containsExactly(id);
        assertThat(library.search(SearchQuery.of("移除"))).isEmpty();
    }
}
