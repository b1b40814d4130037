package org.reportdesk.ui.reportlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.testing.InMemoryReportRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 打开: the list has the focus, so arrows and Enter work as in Word's open dialog (issue 14, item 5). */
@ExtendWith(ApplicationExtension.class)
class ReportListDialogUiTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void focusStartsOnTheListAndEnterOpensTheSelectedReport(FxRobot robot) throws Exception {
        InMemoryReportRepository reports = new InMemoryReportRepository();
        for (String t : new String[] {"2024年工作总结", "2025年上半年工作总结", "2025年工作要点"}) {
            Report r = new Report();
            r.setTitle(t);
            reports.save(r);
        }
        ReportListViewModel vm = new ReportListViewModel(reports, new DirectTaskExecutor(), ZoneId.of("Asia/Shanghai"));
        @SuppressWarnings("unchecked")
        Optional<ReportSummary>[] result = new Optional[1];
        Platform.runLater(() -> result[0] = new ReportListDialog(vm, owner).showAndWait());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = javafx.stage.Window.getWindows().stream()
                .filter(w -> w != owner && w.isShowing()).findFirst().orElseThrow();
        Node focused = dialog.getScene().getFocusOwner();
        assertThat(focused).isInstanceOf(TableView.class);
        String first = vm.selectedProperty().get().title();
        robot.type(KeyCode.DOWN);
        String second = vm.selectedProperty().get().title();
        assertThat(second).isNotEqualTo(first);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> result[0] != null);
        assertThat(result[0]).hasValueSatisfying(s -> assertThat(s.title()).isEqualTo(second));
    }
}
