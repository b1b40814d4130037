package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Table;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;

class BuiltinLibraryTest {

    private final Database db = Database.inMemory("builtin-" + UUID.randomUUID());
    private final H2TemplateRepository repo = new H2TemplateRepository(db);
    private final MetaStore meta = new MetaStore(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyListedCollectionLoadsWithUniqueKeys() {
        List<Template> all = new BuiltinLibrary().load();
        assertThat(all).isNotEmpty();
        Set<String> keys = new HashSet<>();
        for (Template t : all) {
            assertThat(t.key()).as(t.title()).isNotBlank();
            assertThat(keys.add(t.key())).as("duplicate key %s", t.key()).isTrue();
            assertThat(t.source()).isEqualTo(TemplateSource.BUILTIN);
        }
    }

    @Test
    void tableTemplatesComeWithTheirTablesAndAreFoundByWhatTheirCellsSay() {
        new BuiltinLibrary().sync(repo, meta);
        Template t = repo.all().stream().filter(x -> "table.funds.1".equals(x.key())).findFirst().orElseThrow();
        Table table = (Table) t.sections().get(0).body().paragraphs().stream().filter(p -> p.isObject())
                .findFirst().orElseThrow().embedded();
        assertThat(table.title()).isEqualTo("表2 教育经费使用情况表");
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.cell(table.rowCount() - 1, 0).plainText()).isEqualTo("合计");
        assertThat(t.plainText()).contains("已支出（万元）");
        assertThat(repo.all().stream().filter(x -> "table.plan-tasks.1".equals(x.key())).findFirst().orElseThrow()
                .sections().get(0).body().paragraphs().get(1).embedded()).isInstanceOfSatisfying(Table.class,
                        wide -> assertThat(wide.landscape()).isTrue());
    }

    @Test
    void firstSyncLoadsEverythingAndASecondIsANoOp() {
        int shipped = new BuiltinLibrary().load().size();
        assertThat(new BuiltinLibrary().sync(repo, meta)).isTrue();
        assertThat(repo.all()).hasSize(shipped);
        assertThat(new BuiltinLibrary().sync(repo, meta)).isFalse();
        assertThat(repo.all()).hasSize(shipped);
    }

    @Test
    void anUpdatedLibraryKeepsTheUsersFavouritesAndCounts() {
        new BuiltinLibrary().sync(repo, meta);
        Template first = repo.all().get(0);
        repo.save(new Template(first.id(), first.key(), first.title(), first.kind(), first.topic(), first.tags(),
                first.titlePattern(), first.opening(), first.sections(), first.source(), true, true, 7,
                first.createdAt(), first.updatedAt(), first.lastUsedAt()));
        repo.recordUse(first.id());
        meta.put("builtin.library.hash", "an older library");

        assertThat(new BuiltinLibrary().sync(repo, meta)).isTrue();

        Template after = repo.findByKey(first.key()).orElseThrow();
        assertThat(after.id()).isEqualTo(first.id());
        assertThat(after.favourite()).isTrue();
        assertThat(after.hidden()).isTrue();
        assertThat(after.usageCount()).isEqualTo(8);
    }

    @Test
    void visibleListsOneKindWithoutHiddenOnes() {
        new BuiltinLibrary().sync(repo, meta);
        List<Template> plans = repo.visible(TemplateKind.PLAN);
        assertThat(plans).isNotEmpty().allMatch(t -> t.kind() == TemplateKind.PLAN && !t.hidden());
    }
}
