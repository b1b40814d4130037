package org.reportdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
import org.reportdesk.store.Match;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Template cards read like the preview: {{年度}} shows the report's year (issue 14, item 9). */
@ExtendWith(ApplicationExtension.class)
class TemplateCardsUiTest {

    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), new InMemoryReportRepository(),
                new RecordingExportService()), stage);
        Report r = ReportFactory.fromSkeleton(Fixtures.halfYearSkeleton(), "某某区教育局", 2026, Period.FIRST_HALF);
        window.viewModel().openNew(r);
        stage.show();
    }

    @Test
    void aCardShowsTheReportsYearWhereTheTemplateHasAField(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.viewModel().library().readyProperty().get());
        robot.clickOn("#librarySearch").write("安全检查");
        // the search runs while typing: wait for the answer to the whole word
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".hit-match").<Text>queryAll().stream()
                .map(Text::getText).toList().contains("安全检查"));
        WaitForAsyncUtils.waitForFxEvents();
        String snippet = robot.lookup(".hit-snippet").<TextFlow>queryAll().stream()
                .map(f -> f.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining()))
                .filter(s -> !s.isEmpty()).findFirst().orElseThrow();
        assertThat(snippet).contains("2026年开展安全检查").doesNotContain("{{");
        assertThat(robot.lookup(".hit-match").<Text>queryAll()).extracting(Text::getText).contains("安全检查");
    }

    @Test
    void highlightsMoveWithTheFilledText() {
        String raw = "{{年度}}年开展安全检查，{{单位名称}}牵头";
        FilledText f = FilledText.of(raw, List.of(new Match(9, 13), new Match(2, 4), new Match(14, 22)),
                Map.of("年度", "2026", "单位名称", "青松区教育局"));
        assertThat(f.text()).isEqualTo("2026年开展安全检查，青松区教育局牵头");
        assertThat(f.matches()).extracting(m -> f.text().substring(m.start(), m.end()))
                .containsExactly("安全检查", "2026", "青松区教育局");
        assertThat(FilledText.of(raw, List.of(), Map.of()).text()).isEqualTo(raw);
    }
}
