package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.Source;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.pages.Glyph;
import org.reportdesk.ui.pages.PageMetrics;
import org.reportdesk.ui.pages.PageSheet;
import org.reportdesk.ui.pages.PagesViewModel;
import org.reportdesk.ui.pages.SheetLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 页面视图 in the main window (issue 17): the pages, the count, typing, and a click that finds its section. */
@ExtendWith(ApplicationExtension.class)
class PagesUiTest {

    @TempDir
    static Path dir;
    private MainWindow window;
    private Report report;

    @Start
    void start(Stage stage) {
        window = MainWindow.create(Fixtures.services(dir, new DirectTaskExecutor(), new InMemoryReportRepository(),
                new RecordingExportService()), stage);
        report = LargeInputs.reportOf(20_000);
        report.setSignature("某县教育局");
        report.setDate("2026年7月10日");
        window.viewModel().openNew(report);
        stage.show();
    }

    private PagesViewModel pages() {
        return window.viewModel().pages();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // the 300 ms typing pause, then the layout
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlAltPShowsEveryPageAndTheStatusBarCountsThem(FxRobot robot) throws Exception {
        int expected = new LayoutEngine(PageMetrics.shared()).layout(report, ExportProfile.standard()).pageCount();
        assertThat(expected).isGreaterThan(20);
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT, KeyCode.CONTROL);
        settle();
        assertThat(pages().shownProperty().get()).isTrue();
        ListView<?> list = robot.lookup("#pagesList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(expected);
        assertThat(robot.lookup("#pageCount").queryAs(Label.class).getText()).isEqualTo("共 " + expected + " 页");
        long drawn = robot.lookup("#pagesList").lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.isVisible() && !c.isEmpty()).count();
        assertThat(drawn).as("only the pages on screen have a canvas").isBetween(1L, 6L);
    }

    @Test
    void typingInTheBodyReachesThePagesOnceTypingPauses(FxRobot robot) throws Exception {
        robot.interact(() -> pages().shownProperty().set(true));
        settle();
        Section first = report.root().children().get(0);
        robot.interact(() -> window.viewModel().outline().selectedProperty().set(OutlineNode.of(first)));
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        robot.interact(() -> area.moveTo(0));
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(0, 0));
        robot.write("页面视图随输入更新");
        settle();
        assertThat(pages().pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.line().source() != null && first.id().equals(l.line().source().sectionId()))
                .map(l -> l.line().text()).reduce("", String::concat)).contains("页面视图随输入更新");
    }

    @Test
    void clickingALineSelectsItsSectionAndPutsTheCaretThere(FxRobot robot) throws Exception {
        robot.interact(() -> pages().shownProperty().set(true));
        settle();
        Section target = report.root().children().get(6);
        robot.interact(() -> window.viewModel().outline().selectedProperty().set(OutlineNode.of(target)));
        settle();
        int index = pages().followProperty().get() - 1; // the page before the target's first: other sections only
        assertThat(index).isPositive();
        ListView<?> list = robot.lookup("#pagesList").queryAs(ListView.class);
        robot.interact(() -> list.scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        PageSheet sheet = pages().pages().get(index);
        Canvas canvas = robot.lookup("#pagesList").lookup((Canvas c) -> Integer.valueOf(sheet.number()).equals(c.getUserData()))
                .queryAs(Canvas.class);
        double scale = canvas.getWidth() / sheet.widthPt();
        SheetLine line = sheet.lines().stream()
                .filter(l -> l.line().source() != null && l.line().source().part() == EditPlace.Part.BODY && l.glyphs().size() > 5)
                .filter(l -> list.localToScreen(list.getBoundsInLocal())
                        .contains(canvas.localToScreen(10, (l.line().top() + l.line().height()) * scale)))
                .findFirst().orElseThrow();
        assertThat(line.line().source().sectionId()).isNotEqualTo(target.id());
        Glyph g = line.glyphs().get(4);
        Source src = g.source();
        Point2D at = canvas.localToScreen((g.x() + 1) * scale, (line.line().top() + line.line().height() / 2) * scale);
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        OutlineNode selected = window.viewModel().outline().selectedProperty().get();
        assertThat(selected.section().id()).isEqualTo(src.sectionId());
        ReportArea area = robot.lookup("#body").queryAs(ReportArea.class);
        assertThat(area.getCurrentParagraph()).isEqualTo(src.paragraph());
        assertThat(area.getCaretColumn()).isEqualTo(g.offset());
    }
}
