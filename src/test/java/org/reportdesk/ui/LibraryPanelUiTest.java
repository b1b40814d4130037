package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Finding a template by typing and inserting it with the keyboard only; Ctrl+Z takes it out again. */
@ExtendWith(ApplicationExtension.class)
class LibraryPanelUiTest {

    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        InMemoryTemplateRepository templates = new InMemoryTemplateRepository(
                List.of(Fixtures.halfYearSkeleton(), Fixtures.safetySummary(), measures()));
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), new InMemoryReportRepository(), templates,
                new RecordingExportService()), stage);
        Report r = ReportFactory.fromSkeleton(Fixtures.halfYearSkeleton(), "某某区教育局", 2025, Period.FIRST_HALF);
        window.viewModel().openNew(r);
        window.viewModel().outline().selectedProperty().set(OutlineNode.of(r.sections().get(0)));
        stage.show();
    }

    private static Template measures() {
        Section b = new Section("强化督导问效", RichText.ofPlain("每学期开展专项督导【数字】次。"));
        return Template.of("measure.safety", "安全工作措施", TemplateKind.MEASURE, "校园安全", List.of(), "", RichText.EMPTY,
                List.of(new Section("压实安全责任", RichText.ofPlain("{{单位名称}}与各校签订责任书。")), b),
                TemplateSource.BUILTIN);
    }

    @Test
    void typeMoveToTheResultPressEnterAndUndo(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.viewModel().library().readyProperty().get());
        List<String> before = shownOutline(robot);
        robot.clickOn("#librarySearch").write("督导");
        ListView<?> results = robot.lookup("#libraryResults").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results.getItems().size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".hit-match").<Text>queryAll().stream()
                .map(Text::getText).toList().contains("督导"));
        assertThat(robot.lookup(".hit-title").queryAs(TextFlow.class).getChildren()).isNotEmpty();

        robot.type(KeyCode.DOWN);
        assertThat(results.isFocused()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#previewText").queryTextInputControl().getText().contains("某某区教育局与各校签订责任书"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownOutline(robot).size() == before.size() + 2);
        assertThat(shownOutline(robot)).containsSubsequence("一、上半年主要工作", "（二）推进课后服务", "二、压实安全责任",
                "三、强化督导问效", "四、存在的问题", "五、下半年工作计划");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(shownOutline(robot)).isEqualTo(before);
    }

    @Test
    void dragAResultIntoASection(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.viewModel().library().readyProperty().get());
        robot.clickOn("#librarySearch").write("督导");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".hit-match").queryAll().isEmpty());
        Node result = robot.lookup(".hit-cell").match((ListCell<?> c) -> c.getItem() != null).query();
        Node target = robot.lookup(".outline-cell").match((TreeCell<?> c) -> "二、存在的问题".equals(c.getText())).query();
        robot.drag(result).moveTo(target).dropTo(target);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownOutline(robot).contains("（一）压实安全责任"));
        assertThat(shownOutline(robot)).containsSubsequence("二、存在的问题", "（一）压实安全责任", "（二）强化督导问效",
                "三、下半年工作计划");
    }

    private static List<String> shownOutline(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".outline-cell").<TreeCell<?>>queryAll().stream()
                .filter(c -> c.isVisible() && c.getText() != null && !c.getText().isEmpty())
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()))
                .map(TreeCell::getText)
                .toList();
    }
}
