package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every window the app opens draws its Chinese with a font that has the glyphs (issue 13: on a
 * Linux with only fonts-noto-cjk every dialog showed boxes), and standard buttons read 确定/取消.
 * Each dialog is opened the way a user opens it, from the main window's menus.
 */
@ExtendWith(ApplicationExtension.class)
class DialogFontsUiTest {

    @TempDir
    static Path dir;
    private MainWindow window;
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        WindowLook.install();
        window = MainWindow.create(Fixtures.services(dir, new FxTaskExecutor(), new InMemoryReportRepository(),
                new RecordingExportService()), stage);
        Report report = new Report();
        report.setTitle("城西区教育局2025年上半年工作总结");
        report.setUnit("城西区教育局");
        report.setYear(2025);
        report.setPeriod(Period.FIRST_HALF);
        report.setOpening(RichText.ofPlain("2025年上半年，我局扎实推进各项重点工作。"));
        // "xx" is an error finding: 导出 Word first asks 导出前检查.
        report.root().add(new Section("上半年主要工作", RichText.ofPlain("全区新建幼儿园xx所。")));
        report.setSignature("城西区教育局");
        report.setDate("2025年7月8日");
        window.viewModel().open(report, null);
        stage.show();
    }

    @Test
    void everyDialogDrawsItsChineseWithAFontThatHasTheGlyphs(FxRobot robot) throws Exception {
        assertThat(Glyphs.unreadable(window.stage())).as("main window").isEmpty();
        closeAll(open(menuItem("ui.action.new")));
        closeAll(open(menuItem("ui.action.open")));
        closeAll(open(menuItem("check.ui.findReplace")));
        closeAll(open(menuItem("check.ui.setTarget")));
        closeAll(open(menuItem("ui.library.saveAs")));
        closeAll(open(menuItem("history.menu")));
        closeAll(open(menuItem("ui.action.shortcuts")));
        closeAll(open(menuItem("ui.action.about")));
        closeAll(open(menuItem("ui.action.exportProfiles")));
        closeAll(open(menuItem("table.menu.insertTable")));

        Platform.runLater(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("某县教育局2025年工作总结\n一、主要工作\n（一）强化党建引领\n全年开展培训3次。");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        closeAll(open(menuItem("import.action.pasteOutline")));

        Window warning = open(menuItem("ui.action.export"));
        assertThat(buttonTexts(warning)).contains("仍然导出", "返回修改");
        Window export = open(() -> button(warning, ButtonData.OK_DONE).fire());
        closeAll(export);

        Window failure = open(() -> ReportDeskApp.startupFailureAlert(
                new UserFacingException("store.folderNotWritable", "/home/秘书/数据")).show());
        assertThat(buttonTexts(failure)).contains("关闭");
        closeAll(failure);

        assertThat(seen).as("dialogs opened").hasSizeGreaterThanOrEqualTo(12);
        assertThat(unreadable).as("text drawn with a font lacking its glyphs").isEmpty();
    }

    @Test
    void standardDialogButtonsReadInChineseWhateverTheSystemLocale(FxRobot robot) throws Exception {
        Window ask = open(() -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                    "是否继续？", ButtonType.OK, ButtonType.CANCEL, ButtonType.YES, ButtonType.NO, ButtonType.APPLY);
            a.show();
        });
        assertThat(buttonTexts(ask)).containsExactlyInAnyOrder("确定", "取消", "是", "否", "应用");
        closeAll(ask);
        Window target = open(menuItem("check.ui.setTarget"));
        assertThat(buttonTexts(target)).containsExactlyInAnyOrder("确定", "取消");
        closeAll(target);
    }

    private Runnable menuItem(String key) {
        String text = Messages.get(key);
        MenuBar bar = (MenuBar) window.stage().getScene().getRoot().lookup(".menu-bar");
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> text.equals(i.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
        return item::fire;
    }

    private static List<MenuItem> items(Menu m) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem i : m.getItems()) {
            all.add(i);
            if (i instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }

    /** Runs the action later on the FX thread (it may block in showAndWait) and returns the window it opened. */
    private Window open(Runnable action) throws Exception {
        Set<Window> before = new HashSet<>(showing());
        Platform.runLater(action);
        Predicate<Window> fresh = w -> !before.contains(w) && w instanceof Stage;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showing().stream().anyMatch(fresh));
        WaitForAsyncUtils.waitForFxEvents();
        Window w = showing().stream().filter(fresh).findFirst().orElseThrow();
        String title = ((Stage) w).getTitle();
        seen.add(title);
        unreadable.addAll(WaitForAsyncUtils.asyncFx(() -> Glyphs.unreadable(w)).get(5, TimeUnit.SECONDS));
        return w;
    }

    private static List<Window> showing() {
        return Window.getWindows().stream().filter(Window::isShowing).toList();
    }

    private static Button button(Window w, ButtonData data) {
        DialogPane pane = (DialogPane) w.getScene().getRoot();
        ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == data).findFirst().orElseThrow();
        return (Button) pane.lookupButton(type);
    }

    private static List<String> buttonTexts(Window w) {
        DialogPane pane = (DialogPane) w.getScene().getRoot();
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    /** Closes the window and any it opened, as a user would: Cancel/Close when there is one. */
    private static void closeAll(Window w) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            if (w.getScene().getRoot() instanceof DialogPane pane) {
                Optional<Node> cancel = pane.getButtonTypes().stream()
                        .filter(t -> t.getButtonData().isCancelButton() || t.getButtonData() == ButtonData.CANCEL_CLOSE)
                        .findFirst().map(pane::lookupButton);
                if (cancel.isPresent()) {
                    ((Button) cancel.get()).fire();
                    return;
                }
            }
            w.hide();
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !w.isShowing());
        for (Window other : showing()) {
            if (other instanceof Stage s && s.getOwner() != null) {
                WaitForAsyncUtils.asyncFx(s::hide).get(5, TimeUnit.SECONDS);
            }
        }
    }
}
