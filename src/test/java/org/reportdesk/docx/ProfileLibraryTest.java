package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;

class ProfileLibraryTest {

    private final Database db = Database.inMemory("profiles-" + UUID.randomUUID());
    private final H2ProfileStore store = new H2ProfileStore(db);
    private final ProfileLibrary library = new ProfileLibrary(store);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSavedVariantComesBackAfterTheBuiltInsWithItsDifferences() {
        ExportProfile mine = ExportProfile.standard().toBuilder().name("市局要求").lineTwips(560)
                .headingBold(2, true).build();
        library.save(mine);

        assertThat(library.all()).extracting(ExportProfile::name)
                .startsWith("standard").endsWith("市局要求");
        ExportProfile back = library.byName("市局要求").orElseThrow();
        assertThat(back).isEqualTo(mine);
        assertThat(back.differencesFrom(ExportProfile.standard())).hasSize(2);
    }

    @Test
    void builtInNamesCannotBeTakenOrDeleted() {
        assertThatThrownBy(() -> library.save(ExportProfile.standard().withLineTwips(560)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("内置");
        assertThatThrownBy(() -> library.delete("Standard")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> library.save(ExportProfile.standard().withName("  ")))
                .isInstanceOf(UserFacingException.class);
        assertThat(library.byName("standard")).contains(ExportProfile.standard());
    }

    @Test
    void aDamagedSavedProfileIsSkippedNotFatal() {
        store.save("坏的", "{\"format\":\"something else\"}");
        library.save(ExportProfile.standard().withName("好的"));
        assertThat(library.all()).extracting(ExportProfile::name).contains("好的").doesNotContain("坏的");
        assertThat(library.byName("坏的")).isEmpty();
        library.delete("好的");
        assertThat(library.byName("好的")).isEmpty();
    }
}
