package org.reportdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.DocxExportService;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;

/** The export dialog's model over the real exporter and profile library. */
class ExportViewModelRealServiceTest {

    @TempDir
    Path dir;
    private final Database db = Database.inMemory("export-vm-" + UUID.randomUUID());
    private final ProfileLibrary library = new ProfileLibrary(new H2ProfileStore(db));
    private final DocxExportService service = new DocxExportService(library);

    @AfterEach
    void close() {
        db.close();
    }

    private ExportViewModel vm() {
        return new ExportViewModel(service, new DirectTaskExecutor(), Runnable::run, SampleReports.large(30_000, 60));
    }

    @Test
    void profilesAreShownByTheirDisplayNamesBuiltInsTranslated() {
        library.save(ExportProfile.standard().toBuilder().name("市局要求").lineTwips(560).build());
        ExportViewModel vm = vm();
        assertThat(vm.profiles()).containsExactly("standard", "windows", "local", "市局要求");
        assertThat(vm.profiles().stream().map(vm::displayName)).containsExactly("国家标准（GB/T 9704-2012）",
                "国家标准（Windows 常用字体）", "地方常见格式（28 磅行距、二三级标题加粗）", "市局要求");
        assertThat(vm.differencesProperty().get()).isEqualTo("与 GB/T 9704-2012 标准版式一致。");
        vm.profileProperty().set("市局要求");
        assertThat(vm.differencesProperty().get()).isEqualTo("行距固定值 28 磅（标准为 28.95 磅）");
    }

    @Test
    void aProfileMadeInTheEditorAppearsAfterReloadAndStaysChosen() {
        ExportViewModel vm = vm();
        vm.profileProperty().set("local");
        vm.profileEditor().copyAs("新方案");
        vm.reloadProfiles();
        assertThat(vm.profiles()).endsWith("新方案");
        assertThat(vm.profileProperty().get()).isEqualTo("local");
    }

    @Test
    void aLongReportReportsProgressStepByStepUpToDone() throws Exception {
        ExportViewModel vm = vm();
        List<Double> seen = new ArrayList<>();
        vm.progressProperty().addListener((o, a, p) -> seen.add(p.doubleValue()));
        vm.targetProperty().set(dir.resolve("长报告").toString());
        vm.export();
        assertThat(seen.size()).isGreaterThan(20);
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        assertThat(vm.writtenProperty().get()).isEqualTo(dir.resolve("长报告.docx"));
        assertThat(Files.size(dir.resolve("长报告.docx"))).isGreaterThan(10_000);
        assertThat(vm.messageProperty().get()).isEqualTo("已导出：" + dir.resolve("长报告.docx"));
    }

    @Test
    void aMissingFolderIsOneSentenceAndNothingIsWritten() {
        ExportViewModel vm = vm();
        vm.targetProperty().set(dir.resolve("无此文件夹").resolve("x.docx").toString());
        vm.export();
        assertThat(vm.messageProperty().get()).isEqualTo("文件夹不存在：" + dir.resolve("无此文件夹"));
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(vm.progressProperty().get()).isZero();
    }

    @Test
    void openFolderIsOfferedOnlyWhereThePlatformHasAFileManager() {
        List<Path> opened = new ArrayList<>();
        FolderOpener recording = new FolderOpener() {
            @Override
            public boolean supported() {
                return true;
            }

            @Override
            public void open(Path folder) {
                opened.add(folder);
            }
        };
        ExportViewModel vm = new ExportViewModel(service, new DirectTaskExecutor(), Runnable::run, recording,
                SampleReports.small());
        vm.openFolder();
        assertThat(opened).isEmpty();
        vm.targetProperty().set(dir.resolve("a.docx").toString());
        vm.export();
        vm.openFolder();
        assertThat(opened).containsExactly(dir);
        assertThat(vm().canOpenFolder()).isFalse();
    }
}
