package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Period;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchHit;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SearchQuery;

class TemplateLibraryTest {

    @TempDir
    Path dir;

    private final Database db = Database.inMemory("lib-" + UUID.randomUUID());
    private final H2TemplateRepository repo = new H2TemplateRepository(db);
    private final SearchIndex index = SearchIndex.inMemory();
    private final TemplateLibrary library = new TemplateLibrary(repo, index, new MetaStore(db));

    @AfterEach
    void close() {
        index.close();
        db.close();
    }

    static Template builtin(String key, String title, String body) {
        return Template.of(key, title, TemplateKind.SUMMARY, "双减与课后服务", List.of(), "", null,
                List.of(new Section(title, RichText.ofPlain(body))), TemplateSource.BUILTIN);
    }

    private List<Long> ids(String q) {
        return library.search(SearchQuery.of(q)).stream().map(SearchHit::id).toList();
    }

    @Test
    void aSavedSectionIsFoundAtOnceWithItsFiguresBlanked() {
        Section s = new Section("课后服务提质增效。", RichText.ofPlain("全区128所学校开展课后服务，参与率达96.5%。"));
        s.setNeedsReview(true);
        s.add(new Section("社团活动", RichText.ofPlain("开设社团45个。")));
        Template t = library.saveSection(s, "课后服务总结", TemplateKind.SUMMARY, "课后托管", List.of("双减"), true);
        assertThat(library.topics()).startsWith(Topics.BUILTIN.get(0)).endsWith("课后托管");
        assertThat(t.source()).isEqualTo(TemplateSource.OWN);
        Section saved = t.sections().get(0);
        assertThat(saved.body().plainText()).isEqualTo("全区【数字】所学校开展课后服务，参与率达【数字】%。");
        assertThat(saved.children().get(0).body().plainText()).isEqualTo("开设社团【数字】个。");
        assertThat(saved.needsReview()).isFalse();
        assertThat(s.body().plainText()).contains("128所");
        assertThat(ids("参与率")).containsExactly(t.id());
        assertThat(ids("社团")).containsExactly(t.id());
    }

    @Test
    void aTemplateNeedsATitle() {
        assertThatThrownBy(() -> library.saveSection(new Section("x"), " ", TemplateKind.SUMMARY, "", List.of(), false))
                .isInstanceOf(UserFacingException.class).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("library.titleRequired");
    }

    @Test
    void previewAndInsertFillTheFieldsAndInsertCountsAUse() {
        Template t = repo.save(Template.of(null, "开头", TemplateKind.OPENING, "综合", List.of(), "", null,
                List.of(new Section("{{年度}}年{{时段}}工作", RichText.ofPlain("{{单位名称}}坚持……"))), TemplateSource.OWN));
        library.ensureIndexCurrent();
        Map<String, String> values = Fields.values("某某区教育局", 2025, Period.FIRST_HALF);
        Template preview = library.preview(t, values);
        assertThat(preview.sections().get(0).heading()).isEqualTo("2025年上半年工作");
        assertThat(t.sections().get(0).heading()).isEqualTo("{{年度}}年{{时段}}工作");
        List<Section> inserted = library.insert(t.id(), values);
        assertThat(inserted.get(0).body().plainText()).isEqualTo("某某区教育局坚持……");
        assertThat(repo.find(t.id()).orElseThrow().usageCount()).isEqualTo(1);
        assertThat(library.search(SearchQuery.of("坚持")).get(0).usageCount()).isEqualTo(1);
    }

    @Test
    void favouritesAndUseDecideBetweenEquallyGoodMatches() {
        Template a = repo.save(builtin("a", "课后服务甲", "内容。"));
        Template b = repo.save(builtin("b", "课后服务乙", "内容。"));
        library.ensureIndexCurrent();
        library.recordUse(a.id());
        assertThat(ids("课后服务")).containsExactly(a.id(), b.id());
        assertThat(library.toggleFavourite(b.id())).isTrue();
        assertThat(ids("课后服务")).containsExactly(b.id(), a.id());
        assertThat(library.toggleFavourite(b.id())).isFalse();
        assertThat(ids("课后服务")).containsExactly(a.id(), b.id());
    }

    @Test
    void builtinsAreHiddenAndRestoredNeverDeleted() {
        Template a = repo.save(builtin("a", "课后服务甲", "内容。"));
        Template b = repo.save(builtin("b", "课后服务乙", "内容。"));
        library.ensureIndexCurrent();
        assertThatThrownBy(() -> library.delete(a.id())).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo("library.builtinNotDeletable");
        library.hide(a.id());
        library.hide(b.id());
        assertThat(ids("课后服务")).isEmpty();
        assertThat(library.search(SearchQuery.of("课后服务").includingHidden())).hasSize(2);
        library.restore(a.id());
        assertThat(ids("课后服务")).containsExactly(a.id());
        assertThat(library.restoreAllBuiltins()).isEqualTo(1);
        assertThat(ids("课后服务")).hasSize(2);
    }

    @Test
    void ownTemplatesAreEditedAndDeleted() {
        Template t = library.saveSection(new Section("旧标题", RichText.ofPlain("旧内容。")), "我的模板",
                TemplateKind.PLAN, "综合", List.of(), false);
        Template edited = library.update(new Template(t.id(), null, "我的新模板", t.kind(), t.topic(), t.tags(), "", null,
                List.of(new Section("新标题", RichText.ofPlain("新内容。"))), t.source(), false, false, 0, null, null, null));
        assertThat(edited.id()).isEqualTo(t.id());
        assertThat(ids("旧内容")).isEmpty();
        assertThat(ids("新内容")).containsExactly(t.id());
        library.delete(t.id());
        assertThat(ids("新内容")).isEmpty();
        assertThat(repo.find(t.id())).isEmpty();
    }

    @Test
    void editingABuiltinKeepsItAndSavesTheEditAsAnOwnTemplate() {
        Template b = repo.save(builtin("k", "课后服务", "原文。"));
        library.ensureIndexCurrent();
        Template edit = library.update(new Template(b.id(), b.key(), b.title(), b.kind(), b.topic(), b.tags(), "", null,
                List.of(new Section("课后服务", RichText.ofPlain("改写。"))), b.source(), false, false, 0, null, null, null));
        assertThat(edit.id()).isNotEqualTo(b.id());
        assertThat(edit.source()).isEqualTo(TemplateSource.OWN);
        assertThat(edit.key()).isNull();
        assertThat(repo.find(b.id()).orElseThrow().sections().get(0).body().plainText()).isEqualTo("原文。");
        assertThat(ids("课后服务")).containsExactly(edit.id());
        library.restore(b.id());
        assertThat(ids("课后服务")).hasSize(2);
    }

    @Test
    void aStaleIndexIsRebuiltOnStart() {
        repo.save(builtin("a", "德育工作", "立德树人。"));
        assertThat(library.ensureIndexCurrent()).isTrue();
        assertThat(library.ensureIndexCurrent()).isFalse();
        // A change that bypassed the library (e.g. an older program version) makes the index stale.
        Template other = repo.save(builtin("b", "体育工作", "阳光体育。"));
        assertThat(ids("体育")).isEmpty();
        assertThat(library.ensureIndexCurrent()).isTrue();
        assertThat(ids("体育")).containsExactly(other.id());
        repo.recordUse(other.id());
        assertThat(library.ensureIndexCurrent()).isTrue();
    }

    @Test
    void aMissingOrDamagedIndexFolderIsRebuiltFromTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        try (Database fileDb = Database.open(data); SearchIndex disk = SearchIndex.open(data)) {
            H2TemplateRepository r = new H2TemplateRepository(fileDb);
            TemplateLibrary lib = new TemplateLibrary(r, disk, new MetaStore(fileDb));
            lib.saveSection(new Section("教研", RichText.ofPlain("集体备课。")), "教研工作", TemplateKind.SUMMARY, "", List.of(), false);
            assertThat(lib.ensureIndexCurrent()).isFalse();
        }
        Path folder = data.resolve(SearchIndex.FOLDER);
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (Database fileDb = Database.open(data); SearchIndex disk = SearchIndex.open(data)) {
            TemplateLibrary lib = new TemplateLibrary(new H2TemplateRepository(fileDb), disk, new MetaStore(fileDb));
            assertThat(lib.ensureIndexCurrent()).isTrue();
            assertThat(lib.search(SearchQuery.of("备课"))).hasSize(1);
        }
    }

    @Test
    void startUpLoadsTheBuiltinLibraryAndIndexesIt() {
        library.startUp(new BuiltinLibrary());
        assertThat(index.size()).isEqualTo(repo.all().size());
        assertThat(library.ensureIndexCurrent()).isFalse();
    }
}
