package org.reportdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.testing.RecordingExportService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 导出 Word after an export: buttons stay in the window, overwriting asks, the file can be opened (item 5). */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {

    @TempDir
    Path dir;
    private Stage owner;
    private final RecordingExportService export = new RecordingExportService();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final FolderOpener recordingOpener = new FolderOpener() {
        @Override
        public boolean supported() {
            return true;
        }

        @Override
        public void open(Path folderOrFile) {
            opened.add(folderOrFile);
        }
    };

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private ExportViewModel show(FxRobot robot, Path target) {
        Report r = new Report();
        r.setTitle("青松区教育局2026年上半年工作总结和下半年工作计划");
        ExportViewModel vm = new ExportViewModel(export, new DirectTaskExecutor(), Runnable::run, recordingOpener, r);
        vm.targetProperty().set(target.toString());
        robot.interact(() -> new ExportDialog(vm, owner, dir).show(() -> { }));
        return vm;
    }

    @Test
    void afterAnExportEveryButtonIsStillInsideTheWindowAndTheFileCanBeOpened(FxRobot robot) throws Exception {
        Path target = dir.resolve("一个相当长的文件名，用来看导出完成后的提示会不会把对话框撑开——青松区教育局2026年上半年工作总结.docx");
        ExportViewModel vm = show(robot, target);
        robot.clickOn("#runExportButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.doneProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#runExportButton", "#closeExportButton", "#openFileButton", "#openFolderButton"}) {
            Node b = robot.lookup(id).query();
            assertThat(b.isVisible()).as(id).isTrue();
            Bounds inScene = b.localToScene(b.getBoundsInLocal());
            assertThat(inScene.getMaxY()).as(id + " bottom").isLessThanOrEqualTo(b.getScene().getHeight());
            assertThat(inScene.getMaxX()).as(id + " right").isLessThanOrEqualTo(b.getScene().getWidth());
        }
        robot.clickOn("#openFileButton");
        robot.clickOn("#openFolderButton");
        assertThat(opened).containsExactly(target, dir);
    }

    @Test
    void exportingOverAnExistingFileAsksAndKeepsItWhenTheUserSaysNo(FxRobot robot) throws Exception {
        Path target = dir.resolve("总结.docx");
        Files.writeString(target, "上一版");
        ExportViewModel vm = show(robot, target);
        robot.clickOn("#runExportButton");
        DialogPane question = robot.lookup("#replaceQuestion").queryAs(DialogPane.class);
        assertThat(question.getContentText()).contains("总结.docx").contains("已存在");
        robot.clickOn(button(question, "取消"));
        assertThat(Files.readString(target)).isEqualTo("上一版");
        assertThat(export.calls).isEmpty();
        assertThat(robot.lookup("#exportMessage").queryAs(Label.class).getText()).contains("已保留");

        robot.clickOn("#runExportButton");
        question = robot.lookup("#replaceQuestion").queryAs(DialogPane.class);
        robot.clickOn(button(question, "替换"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.doneProperty().get());
        assertThat(Files.readString(target)).startsWith("docx:");
        assertThat(export.calls).hasSize(1);
    }

    private static Button button(DialogPane pane, String text) {
        return (Button) pane.getButtonTypes().stream().filter(t -> t.getText().equals(text))
                .map(pane::lookupButton).findFirst().orElseThrow();
    }

}
