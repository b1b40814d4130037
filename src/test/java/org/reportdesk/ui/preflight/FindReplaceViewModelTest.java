package org.reportdesk.ui.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.ui.preflight.PreflightReports.first;
import static org.reportdesk.ui.preflight.PreflightReports.second;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.check.FindReplace;
import org.reportdesk.check.Location;
import org.reportdesk.check.TextTarget;
import org.reportdesk.model.Report;
import org.reportdesk.session.ReportSession;

class FindReplaceViewModelTest {

    private final Report report = PreflightReports.clean();
    private final ReportSession undo = new ReportSession();
    private final PreflightViewModel preflight = new PreflightViewModel(new DirectTaskExecutor(), Debouncer.immediate(), undo);
    private final FindReplaceViewModel vm = new FindReplaceViewModel(preflight);
    private final List<Location> shown = new ArrayList<>();

    FindReplaceViewModelTest() {
        undo.open(report);
        vm.setNavigator(shown::add);
    }

    @Test
    void listsEveryHitWithSectionPathBeforeReplacing() {
        vm.findProperty().set("城西区");
        assertThat(vm.hits()).extracting(FindReplace.Hit::where).containsExactly("标题", "署名");
        assertThat(vm.messageProperty().get()).isEqualTo("共找到 2 处");
        assertThat(report.title()).startsWith("城西区");
    }

    @Test
    void nextStepsThroughTheHitsInTheEditorAndWraps() {
        vm.findProperty().set("是");
        assertThat(vm.hits()).hasSize(2);
        vm.next();
        vm.next();
        vm.next();
        assertThat(shown).extracting(Location::target).containsOnly(TextTarget.BODY);
        assertThat(shown).extracting(Location::start).containsExactly(1, 12, 1);
        assertThat(shown.get(0).sectionId()).isEqualTo(second(report).id());
    }

    @Test
    void replaceAllIsOneUndoStep() {
        vm.findProperty().set("城西区");
        vm.replacementProperty().set("城北区");
        vm.replaceAll();
        assertThat(report.title()).isEqualTo("城北区教育局2025年上半年工作总结");
        assertThat(report.signature()).isEqualTo("城北区教育局");
        assertThat(vm.messageProperty().get()).startsWith("已替换 2 处");
        assertThat(vm.hits()).isEmpty();

        assertThat(undo.undo()).isTrue();
        assertThat(report.title()).isEqualTo("城西区教育局2025年上半年工作总结");
        assertThat(report.signature()).isEqualTo("城西区教育局");
    }

    @Test
    void regexReplaceUsesGroups() {
        vm.regexProperty().set(true);
        vm.findProperty().set("(\\d+)所");
        vm.replacementProperty().set("$1所（含民办）");
        vm.replaceAll();
        assertThat(first(report).body().plainText()).isEqualTo("全区新建幼儿园3所（含民办），新增学位900个。");
    }

    @Test
    void aBadRegexGivesOneMessageAndChangesNothing() {
        vm.regexProperty().set(true);
        vm.findProperty().set("学位[0-9");
        assertThat(vm.errorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("通配模式写得不完整").endsWith("未做任何替换。");
        assertThat(vm.hits()).isEmpty();

        vm.replacementProperty().set("x");
        vm.replaceAll();
        assertThat(first(report).body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个。");
        assertThat(undo.undo()).isFalse();

        vm.regexProperty().set(false);
        assertThat(vm.errorProperty().get()).as("the same text is fine as plain text").isFalse();
    }

    @Test
    void theHitListFollowsEditsOnceTheyAreChecked() {
        vm.findProperty().set("学位");
        assertThat(vm.hits()).hasSize(1);
        first(report).setBody(org.reportdesk.model.RichText.ofPlain("全区新建幼儿园3所，新增学位900个，学位总数5000个。"));
        preflight.edited();
        assertThat(vm.hits()).hasSize(2);
        assertThat(vm.messageProperty().get()).as("a refresh keeps the last message").isEqualTo("共找到 1 处");
    }
}
