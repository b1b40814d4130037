package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Side panes keep the width the user gave them across restarts (issue 14, item 7). */
@ExtendWith(ApplicationExtension.class)
class PaneWidthsUiTest {

    @TempDir
    Path dir;

    @Test
    void tenRestartsKeepTheSidePanesWithinOnePixel(FxRobot robot) {
        Path file = dir.resolve("settings.properties");
        double[] first = start(robot, file, w -> {
            w.stage().setMaximized(true);
            w.stage().getScene().getRoot().layout();
            SplitPane split = w.view().split();
            split.setDividerPosition(0, 285 / split.getWidth());
            split.setDividerPosition(1, 1 - 260 / split.getWidth());
        });
        List<double[]> widths = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            widths.add(start(robot, file, w -> { }));
        }
        for (double[] w : widths) {
            assertThat(w[0]).as("outline width").isCloseTo(first[0], org.assertj.core.data.Offset.offset(1.0));
            assertThat(w[1]).as("library width").isCloseTo(first[1], org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(first[0]).isCloseTo(285, org.assertj.core.data.Offset.offset(8.0));
    }

    @Test
    void aDamagedOrTinyStoredWidthFallsBackToASaneMinimum(FxRobot robot) {
        Path file = dir.resolve("settings.properties");
        Settings s = new Settings(file);
        s.putDouble("divider.0", 0.001);
        s.putDouble("divider.1", 0.999);
        s.put("pane.outline.width", "3");
        s.put("pane.library.width", "-5");
        s.save();
        double[] w = start(robot, file, x -> { });
        assertThat(w[0]).isGreaterThanOrEqualTo(PaneWidths.MIN_OUTLINE);
        assertThat(w[1]).isGreaterThanOrEqualTo(PaneWidths.MIN_LIBRARY);
    }

    /** One start of the app on these settings: show, let the caller act, read the widths, close, save. */
    private double[] start(FxRobot robot, Path file, java.util.function.Consumer<MainWindow> act) {
        Settings settings = new Settings(file);
        InMemoryTemplateRepository templates = Fixtures.templates();
        Services services = new Services(dir, new InMemoryReportRepository(), templates, new RecordingExportService(),
                settings, new FxTaskExecutor(), Fixtures.library(templates));
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = MainWindow.create(services, new Stage());
            w[0].stage().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> act.accept(w[0]));
        WaitForAsyncUtils.waitForFxEvents();
        double[] widths = new double[2];
        robot.interact(() -> {
            SplitPane split = w[0].view().split();
            widths[0] = ((Region) split.getItems().get(0)).getWidth();
            widths[1] = ((Region) split.getItems().get(2)).getWidth();
            w[0].stage().hide();
        });
        settings.save();
        return widths;
    }
}
