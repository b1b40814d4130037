package org.reportdesk.ui.newreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Period;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 新建报告: 时段 follows the chosen skeleton and its sections are previewed (issue 14, item 8). */
@ExtendWith(ApplicationExtension.class)
class NewReportDialogUiTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    static Template annual() {
        Section done = new Section("{{年度}}年主要工作");
        done.add(new Section("教育质量稳步提升"));
        return Template.of("skeleton.annual", "年度工作总结", TemplateKind.SKELETON, "综合", List.of(),
                "{{单位名称}}{{年度}}年工作总结", RichText.EMPTY, List.of(done, new Section("{{下一年度}}年工作打算")),
                TemplateSource.BUILTIN);
    }

    static Template quarterly() {
        return Template.of("skeleton.quarterly", "季度工作总结", TemplateKind.SKELETON, "综合", List.of(),
                "{{单位名称}}{{年度}}年{{时段}}工作总结", RichText.EMPTY, List.of(new Section("{{时段}}工作开展情况")),
                TemplateSource.BUILTIN);
    }

    @Test
    void choosingASkeletonSetsItsPeriodAndShowsItsSections(FxRobot robot) {
        InMemoryTemplateRepository templates = new InMemoryTemplateRepository(
                List.of(Fixtures.halfYearSkeleton(), annual(), quarterly()));
        // in October the date default is 全年: the half-year skeleton must still say 上半年
        NewReportViewModel vm = new NewReportViewModel(templates, new DirectTaskExecutor(), LocalDate.of(2026, 10, 9));
        Platform.runLater(() -> new NewReportDialog(vm, owner).showAndWait());
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#skeletonList").queryAs(ListView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Period> period = robot.lookup("#periodChoice").queryAs(ComboBox.class);
        ListView<?> preview = robot.lookup("#skeletonPreview").queryAs(ListView.class);

        robot.clickOn("半年工作总结和计划");
        assertThat(period.getValue()).isEqualTo(Period.FIRST_HALF);
        assertThat(preview.getItems()).map(Object::toString)
                .containsExactly("一、上半年主要工作", "\u3000（一）强化队伍建设", "\u3000（二）推进课后服务",
                        "二、存在的问题", "三、下半年工作计划");

        robot.clickOn("年度工作总结");
        assertThat(period.getValue()).isEqualTo(Period.YEAR);
        assertThat(preview.getItems()).map(Object::toString)
                .containsExactly("一、2026年主要工作", "\u3000（一）教育质量稳步提升", "二、2027年工作打算");

        robot.clickOn("季度工作总结");
        assertThat(period.getValue()).isEqualTo(Period.Q3);
        assertThat(preview.getItems()).map(Object::toString).containsExactly("一、第三季度工作开展情况");

        robot.clickOn("空白报告");
        assertThat(period.getValue()).isEqualTo(Period.YEAR);
        assertThat(preview.getItems()).isEmpty();
        assertThat(list.getItems()).hasSize(4);
        robot.clickOn(robot.lookup(".button").match(n -> "取消".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());
    }
}
