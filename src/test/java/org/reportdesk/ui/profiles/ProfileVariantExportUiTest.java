package org.reportdesk.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DocxExportService;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.docx.ProfileLibrary;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.store.Database;
import org.reportdesk.store.H2ProfileStore;
import org.reportdesk.ui.export.ExportDialog;
import org.reportdesk.ui.export.ExportViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A secretary makes a local variant (28 pt lines, bold 二级标题) in the profile editor reached from
 * the export dialog, exports with it, and Word sees the variant: the real export service on an
 * in-memory H2 database, the .docx re-opened with POI.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileVariantExportUiTest {

    @TempDir
    static Path dir;
    private final Database db = Database.inMemory("ui-profiles-" + UUID.randomUUID());
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ExportViewModel vm;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        vm = new ExportViewModel(new DocxExportService(new ProfileLibrary(new H2ProfileStore(db))), executor,
                javafx.application.Platform::runLater, SampleReports.small());
        s.setScene(new Scene(new StackPane(), 300, 200));
        s.show();
    }

    @AfterEach
    void close() {
        executor.shutdown();
        db.close();
    }

    @Test
    void aVariantMadeInTheEditorIsWhatTheExportedDocxCarries(FxRobot robot) throws Exception {
        robot.interact(() -> new ExportDialog(vm, stage, dir).show(() -> { }));
        robot.clickOn("#manageProfilesButton");

        robot.clickOn("#copyProfileButton");
        TextField name = robot.lookup("#copyNameField").queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        robot.clickOn(name).write("区局格式");
        robot.clickOn("#copyOkButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#profileMessage").queryAs(Label.class)
                .getText().contains("区局格式"));

        TextField line = robot.lookup("#lineValue").queryAs(TextField.class);
        robot.clickOn(line).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("28");
        robot.clickOn("#bold2");
        assertThat(robot.lookup("#profileError").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#saveProfileButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#profileMessage").queryAs(Label.class)
                .getText().startsWith("已保存"));
        robot.clickOn("#closeProfilesButton");

        robot.clickOn("#profileChoice").clickOn("区局格式");
        assertThat(robot.lookup("#profileDifferences").queryAs(Label.class).getText())
                .contains("行距固定值 28 磅").contains("第 2 级标题加粗");
        Path out = dir.resolve("区局格式.docx");
        TextField target = robot.lookup("#targetField").queryAs(TextField.class);
        robot.interact(() -> target.setText(out.toString()));
        robot.clickOn("#runExportButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exportMessage").queryAs(Label.class)
                .getText().startsWith("已导出"));

        try (InputStream in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFParagraph level2 = paragraphStartingWith(doc, "（二）抓队伍");
            assertThat(level2.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(560));
            assertThat(level2.getRuns()).isNotEmpty().allMatch(XWPFRun::isBold);
            XWPFParagraph level1 = paragraphStartingWith(doc, "一、");
            assertThat(level1.getRuns()).noneMatch(XWPFRun::isBold);
            XWPFParagraph body = paragraphStartingWith(doc, "今年以来");
            assertThat(body.getCTP().getPPr().getSpacing().getLine()).isEqualTo(BigInteger.valueOf(560));
        }
    }

    private static XWPFParagraph paragraphStartingWith(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start));
    }
}
