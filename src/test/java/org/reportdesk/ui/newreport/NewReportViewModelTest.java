package org.reportdesk.ui.newreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.testing.Fixtures;

class NewReportViewModelTest {

    private final NewReportViewModel vm =
            new NewReportViewModel(Fixtures.templates(), new DirectTaskExecutor(), LocalDate.of(2026, 7, 3));

    @Test
    void listsTheSkeletonsThenTheBlankReportWithTheCurrentYear() {
        assertThat(vm.choices()).extracting(SkeletonChoice::toString).containsExactly("半年工作总结和计划", "空白报告");
        assertThat(vm.selectedProperty().get().isBlank()).isFalse();
        assertThat(vm.yearProperty().get()).isEqualTo(2026);
        assertThat(vm.periodProperty().get()).isEqualTo(Period.FIRST_HALF);
    }

    @Test
    void requiresAUnitName() {
        assertThat(vm.validProperty().get()).isFalse();
        vm.unitProperty().set("  ");
        assertThat(vm.validProperty().get()).isFalse();
        vm.unitProperty().set("某某区教育局");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void fillsTitleOpeningAndHeadingsFromTheFields() {
        vm.unitProperty().set("某某区教育局 ");
        vm.yearProperty().set(2025);
        vm.periodProperty().set(Period.FIRST_HALF);

        Report r = vm.create();

        assertThat(r.title()).isEqualTo("某某区教育局2025年上半年工作总结和下半年工作计划");
        assertThat(r.opening().plainText()).startsWith("2025年上半年，某某区教育局");
        assertThat(r.sections()).extracting(Section::numberedHeading)
                .containsExactly("一、上半年主要工作", "二、存在的问题", "三、下半年工作计划");
        assertThat(r.sections().get(0).children().get(0).body().plainText()).startsWith("某某区教育局组织");
        assertThat(r.signature()).isEqualTo("某某区教育局");
    }

    @Test
    void blankReportHasATitleAndNoSections() {
        vm.selectedProperty().set(SkeletonChoice.BLANK);
        vm.unitProperty().set("某某县教育局");
        vm.periodProperty().set(Period.YEAR);
        Report r = vm.create();
        assertThat(r.title()).isEqualTo("某某县教育局2026年工作总结");
        assertThat(r.sections()).isEmpty();
    }
}
