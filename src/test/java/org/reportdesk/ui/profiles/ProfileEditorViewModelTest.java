package org.reportdesk.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.DocxExportService;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.FontScheme;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.docx.SignatureMode;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;

/** The profile editor over the real export service and an in-memory database. */
class ProfileEditorViewModelTest {

    private final Database db = Database.inMemory("editor-" + UUID.randomUUID());
    private final ProfileLibrary library = new ProfileLibrary(new H2ProfileStore(db));
    private final ProfileEditorViewModel vm = new ProfileEditorViewModel(new DocxExportService(library),
            new DirectTaskExecutor());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsBuiltInsByTheirTranslatedNamesReadOnlyAndShowsTheStandardFirst() {
        assertThat(vm.names()).startsWith("standard", "windows", "local");
        assertThat(vm.selectedProperty().get()).isEqualTo("standard");
        assertThat(vm.listLabel("standard")).isEqualTo("国家标准（GB/T 9704-2012）（内置）");
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.topProperty().get()).isEqualTo("37");
        assertThat(vm.lineProperty().get()).isEqualTo("28.95");
        assertThat(vm.differences()).isEmpty();

        vm.selectedProperty().set("local");
        assertThat(vm.lineProperty().get()).isEqualTo("28");
        assertThat(vm.boldProperty(2).get()).isTrue();
        assertThat(vm.differences()).anySatisfy(d -> assertThat(d).contains("28 磅"));
    }

    @Test
    void builtInsCannotBeSavedOrDeletedEvenWhenTheFormIsTouched() {
        vm.lineProperty().set("30");
        vm.save();
        vm.delete();
        assertThat(library.all()).hasSize(3);
        assertThat(library.byName("standard").orElseThrow()).isEqualTo(ExportProfile.standard());
    }

    @Test
    void copyAsNewSavesTheFormUnderTheNewNameAndSelectsIt() {
        vm.selectedProperty().set("local");
        assertThat(vm.suggestedCopyName()).startsWith("地方常见格式").endsWith("副本");
        vm.copyAs("  市局要求 ");

        assertThat(vm.selectedProperty().get()).isEqualTo("市局要求");
        assertThat(vm.editableProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("市局要求");
        ExportProfile saved = library.byName("市局要求").orElseThrow();
        assertThat(saved.lineTwips()).isEqualTo(560);
        assertThat(saved.headingBold(3)).isTrue();
        assertThat(vm.listLabel("市局要求")).isEqualTo("市局要求");
    }

    @Test
    void copyRefusesEmptyBuiltInAndTakenNames() {
        vm.copyAs(" ");
        assertThat(vm.messageProperty().get()).isEqualTo("请为导出方案起一个名称。");
        vm.copyAs("Standard");
        assertThat(vm.messageProperty().get()).contains("内置导出方案");
        vm.copyAs("甲");
        vm.copyAs("甲");
        assertThat(vm.messageProperty().get()).isEqualTo("已有名为“甲”的导出方案，请换一个名称。");
        assertThat(library.all()).extracting(ExportProfile::name).containsOnlyOnce("甲");
    }

    @Test
    void editsUpdateTheDifferencesLiveAndSaveStoresThem() {
        vm.copyAs("区局");
        vm.lineProperty().set("28");
        vm.boldProperty(2).set(true);
        vm.fontSchemeProperty().set(FontScheme.WINDOWS);
        vm.signatureModeProperty().set(SignatureMode.NO_SEAL);
        assertThat(vm.differences()).hasSize(4)
                .anySatisfy(d -> assertThat(d).isEqualTo("行距固定值 28 磅（标准为 28.95 磅）"))
                .anySatisfy(d -> assertThat(d).isEqualTo("第 2 级标题加粗（标准不加粗）"));
        assertThat(library.byName("区局").orElseThrow().lineTwips()).isEqualTo(579);

        vm.save();
        ExportProfile saved = library.byName("区局").orElseThrow();
        assertThat(saved.lineTwips()).isEqualTo(560);
        assertThat(saved.headingBold(2)).isTrue();
        assertThat(saved.fontScheme()).isEqualTo(FontScheme.WINDOWS);
        assertThat(saved.signatureMode()).isEqualTo(SignatureMode.NO_SEAL);
        assertThat(vm.messageProperty().get()).isEqualTo("已保存导出方案“区局”。");
    }

    @Test
    void impossibleValuesGiveOneClearSentenceAndAreNotSaved() {
        vm.copyAs("区局");
        vm.topProperty().set("abc");
        assertThat(vm.errorProperty().get()).isEqualTo("“上边距（毫米）”请填写数字。");
        vm.topProperty().set("120");
        assertThat(vm.errorProperty().get()).isEqualTo("上边距（毫米）应在 0 到 100 毫米之间。");
        vm.topProperty().set("37");
        vm.leftProperty().set("80");
        vm.rightProperty().set("80");
        assertThat(vm.errorProperty().get()).contains("左右边距之和不能超过 150 毫米");
        vm.leftProperty().set("28");
        vm.rightProperty().set("26");
        vm.lineProperty().set("5");
        assertThat(vm.errorProperty().get()).isEqualTo("行距应在 12 到 72 磅之间。");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("行距应在 12 到 72 磅之间。");
        assertThat(library.byName("区局").orElseThrow().lineTwips()).isEqualTo(579);

        vm.lineProperty().set("28");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void linesPerPageConvertsToTheLargestPitchThatFits() {
        vm.copyAs("区局");
        vm.lineUnitProperty().set(LineUnit.LINES_PER_PAGE);
        assertThat(vm.lineProperty().get()).isEqualTo("22");
        vm.lineProperty().set("20");
        vm.save();
        // type area 225 mm = 12756 twips; 20 lines → 637 twips
        assertThat(library.byName("区局").orElseThrow().lineTwips()).isEqualTo(637);
        vm.lineProperty().set("zwei");
        assertThat(vm.errorProperty().get()).startsWith("每页行数应填整数");
    }

    @Test
    void deleteRemovesAnOwnProfileAndGoesBackToTheStandard() {
        vm.copyAs("临时");
        vm.delete();
        assertThat(library.byName("临时")).isEmpty();
        assertThat(vm.names()).doesNotContain("临时");
        assertThat(vm.selectedProperty().get()).isEqualTo("standard");
        assertThat(vm.messageProperty().get()).isEqualTo("已删除导出方案“临时”。");
    }
}
