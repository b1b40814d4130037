package org.reportdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.editor.ReportArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One meaning per shortcut, and the help lists them all (issue 14, item 4). */
@ExtendWith(ApplicationExtension.class)
class ShortcutHelpUiTest {

    @TempDir
    static Path dir;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new DirectTaskExecutor(), new InMemoryReportRepository(),
                new RecordingExportService()), stage);
        window.viewModel().openNew(ReportFactory.fromSkeleton(Fixtures.halfYearSkeleton(), "某某区教育局", 2026,
                Period.FIRST_HALF));
        stage.show();
    }

    private static List<MenuItem> withAccelerators(List<MenuItem> items, List<MenuItem> out) {
        for (MenuItem i : items) {
            if (i instanceof Menu m) {
                withAccelerators(m.getItems(), out);
            } else if (i.getAccelerator() != null) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void theHelpListsEveryMenuShortcutAndNoShortcutHasTwoMeanings(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(m -> withAccelerators(m.getItems(), items));
        List<KeyCombination> keys = items.stream().map(MenuItem::getAccelerator).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).as("Ctrl+I is italic in the body, nothing else")
                .noneMatch(k -> k.equals(KeyCombination.valueOf("Shortcut+I")));
        assertThat(items).filteredOn(i -> i.getText().equals("导入…"))
                .singleElement().satisfies(i -> assertThat(i.getAccelerator())
                        .isEqualTo(KeyCombination.valueOf("Shortcut+Shift+I")));

        String help = ShortcutHelp.text(bar);
        for (KeyCombination k : keys) {
            assertThat(help).contains(k.getDisplayText());
        }
        assertThat(help).contains("F3", "Shift+F3", "Ctrl+H", "Ctrl+Shift+V", "Ctrl+Shift+I", "Ctrl+I 倾斜");
    }

    @Test
    void ctrlIInTheBodyIsItalicAndOpensNoDialog(FxRobot robot) {
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.clickOn(area).write("排查校园隐患");
        robot.interact(() -> area.selectRange(0, 2));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getStyleOfChar(1).italic()).isTrue();
        assertThat(Window.getWindows()).as("no file chooser or dialog").hasSize(1);
    }
}
