package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2TemplateRepository;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SearchQuery;

class TemplatePacksTest {

    @TempDir
    Path dir;

    private final Database mine = Database.inMemory("mine-" + UUID.randomUUID());
    private final Database colleague = Database.inMemory("col-" + UUID.randomUUID());
    private final SearchIndex mineIndex = SearchIndex.inMemory();
    private final SearchIndex colleagueIndex = SearchIndex.inMemory();
    private final H2TemplateRepository mineRepo = new H2TemplateRepository(mine);
    private final TemplateLibrary myLibrary = new TemplateLibrary(mineRepo, mineIndex, new MetaStore(mine));
    private final TemplateLibrary theirLibrary = new TemplateLibrary(new H2TemplateRepository(colleague),
            colleagueIndex, new MetaStore(colleague));

    @AfterEach
    void close() {
        mineIndex.close();
        colleagueIndex.close();
        mine.close();
        colleague.close();
    }

    private static Section section(String heading, String body) {
        return new Section(heading, RichText.ofPlain(body));
    }

    private Template own(TemplateLibrary lib, String title, String body) {
        return lib.saveSection(section(title, body), title, TemplateKind.SUMMARY, "校园安全", List.of("安全"), false);
    }

    @Test
    void aPackRoundTripsIntoAnEmptyLibrary() {
        own(theirLibrary, "防溺水工作", "开展防溺水专题教育。");
        Template styled = theirLibrary.saveSection(new Section("h", RichText.of(List.of(new org.reportdesk.model.Paragraph(
                List.of(org.reportdesk.model.Span.plain("普通"), new org.reportdesk.model.Span("加粗", true, false, false)))))),
                "带格式", TemplateKind.PLAN, "综合", List.of("甲", "乙"), false);
        Path pack = dir.resolve("安全" + TemplatePacks.EXTENSION);
        TemplatePacks theirs = new TemplatePacks(theirLibrary);
        assertThat(theirs.export(theirs.shareable(false), pack)).isEqualTo(2);

        ImportSummary s = new TemplatePacks(myLibrary).importFile(pack);
        assertThat(s).isEqualTo(new ImportSummary(2, 0, 0));
        Template back = mineRepo.all().stream().filter(t -> t.title().equals("带格式")).findFirst().orElseThrow();
        assertThat(back.source()).isEqualTo(TemplateSource.IMPORTED);
        assertThat(back.sections().get(0).body()).isEqualTo(styled.sections().get(0).body());
        assertThat(back.tags()).containsExactly("甲", "乙");
        assertThat(myLibrary.search(SearchQuery.of("防溺水"))).hasSize(1);
    }

    @Test
    void identicalTemplatesAreSkippedChangedOnesKeptSideBySideNewOnesAdded() throws Exception {
        own(myLibrary, "防溺水工作", "开展防溺水专题教育。");
        own(myLibrary, "消防安全", "开展消防演练。");
        Template builtin = mineRepo.save(Template.of("safety.food", "食品安全", TemplateKind.SUMMARY, "校园安全", List.of(),
                "", null, List.of(section("食品安全", "落实陪餐制度。")), TemplateSource.BUILTIN));
        myLibrary.ensureIndexCurrent();

        List<Template> pack = List.of(
                Template.of(null, "防溺水工作", TemplateKind.SUMMARY, "校园安全", List.of("安全"), "", null,
                        List.of(section("防溺水工作", "开展防溺水专题教育。")), TemplateSource.OWN),
                Template.of(null, "消防安全", TemplateKind.SUMMARY, "校园安全", List.of("安全"), "", null,
                        List.of(section("消防安全", "每学期开展两次消防演练。")), TemplateSource.OWN),
                Template.of("safety.food", "食品安全", TemplateKind.SUMMARY, "校园安全", List.of(), "", null,
                        List.of(section("食品安全", "落实校长陪餐制度。")), TemplateSource.BUILTIN),
                Template.of(null, "交通安全", TemplateKind.SUMMARY, "校园安全", List.of(), "", null,
                        List.of(section("交通安全", "整治校车。")), TemplateSource.OWN));
        Path file = dir.resolve("pack.json");
        Files.writeString(file, TemplateJson.write(pack));
        TemplatePacks packs = new TemplatePacks(myLibrary);

        assertThat(packs.importFile(file)).isEqualTo(new ImportSummary(1, 1, 2));
        assertThat(mineRepo.all()).extracting(Template::title).containsExactlyInAnyOrder(
                "防溺水工作", "消防安全", "食品安全", "消防安全（导入）", "食品安全（导入）", "交通安全");
        assertThat(mineRepo.find(builtin.id()).orElseThrow().sections().get(0).body().plainText()).isEqualTo("落实陪餐制度。");
        Template side = mineRepo.all().stream().filter(t -> t.title().equals("食品安全（导入）")).findFirst().orElseThrow();
        assertThat(side.key()).isNull();
        assertThat(side.source()).isEqualTo(TemplateSource.IMPORTED);
        assertThat(myLibrary.search(SearchQuery.of("陪餐"))).hasSize(2);

        // The same pack again: everything is already there.
        assertThat(packs.importFile(file)).isEqualTo(new ImportSummary(0, 4, 0));
        assertThat(mineRepo.all()).hasSize(6);
    }

    @Test
    void badPacksAreRefusedAndNothingIsImported() throws Exception {
        own(myLibrary, "防溺水工作", "开展防溺水专题教育。");
        TemplatePacks packs = new TemplatePacks(myLibrary);
        String good = "{\"title\": \"新模板\", \"kind\": \"SUMMARY\", \"sections\": []}";
        assertRefused(packs, "not json at all {", "library.packNotJson");
        assertRefused(packs, "{\"format\": \"reportdesk.report\", \"version\": 1}", "library.packWrongFormat");
        assertRefused(packs, "{\"format\": \"reportdesk.templates\", \"version\": 2, \"templates\": []}", "library.packTooNew");
        assertRefused(packs, "{\"format\": \"reportdesk.templates\", \"version\": 1, \"templates\": [" + good
                + ", {\"title\": \"坏模板\", \"kind\": \"不存在\"}]}", "library.packDamaged");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, new byte[] {(byte) 0xC4, (byte) 0xE3, '{'});
        assertThatThrownBy(() -> packs.importFile(latin1)).extracting(e -> ((UserFacingException) e).key())
                .isEqualTo("library.packNotJson");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(TemplatePacks.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> packs.importFile(huge)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("20").extracting(e -> ((UserFacingException) e).key()).isEqualTo("library.packTooLarge");
        assertThat(mineRepo.all()).extracting(Template::title).containsExactly("防溺水工作");
    }

    private void assertRefused(TemplatePacks packs, String json, String key) throws Exception {
        Path f = dir.resolve(UUID.randomUUID() + ".json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> packs.importFile(f)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).key()).isEqualTo(key);
    }
}
