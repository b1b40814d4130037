package org.reportdesk.ui.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.ui.preflight.PreflightReports.first;
import static org.reportdesk.ui.preflight.PreflightReports.second;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.check.Finding;
import org.reportdesk.check.Location;
import org.reportdesk.check.Severity;
import org.reportdesk.check.TextTarget;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.session.ReportSession;

class PreflightViewModelTest {

    private final List<Location> shown = new ArrayList<>();
    private final ReportSession undo = new ReportSession();
    private int reportChanges;

    private PreflightViewModel direct(Report r) {
        PreflightViewModel vm = new PreflightViewModel(new DirectTaskExecutor(), Debouncer.immediate(), undo);
        vm.setNavigator(shown::add);
        undo.open(r);
        undo.subscribe(c -> reportChanges++);
        return vm;
    }

    private static Finding only(PreflightViewModel vm, String rule) {
        return vm.resultProperty().get().findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void theFixtureIsCleanSoEveryOtherFindingComesFromTheTest() {
        PreflightViewModel vm = direct(PreflightReports.clean());
        assertThat(vm.resultProperty().get().findings()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("未发现问题");
        assertThat(vm.groupsProperty().get()).isEmpty();
    }

    @Test
    void groupsBySeverityThenSectionWithCountsAndSummary() {
        Report r = PreflightReports.clean();
        first(r).setBody(RichText.ofPlain("全区新建幼儿园xx所,新增学位900个。"));
        second(r).setBody(RichText.ofPlain("一是师资结构不够合理;二是经费保障压力较大。"));
        PreflightViewModel vm = direct(r);

        var groups = vm.groupsProperty().get();
        assertThat(groups).extracting(FindingGroups.SeverityGroup::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(groups.get(0).count()).isEqualTo(1);
        assertThat(groups.get(0).sections()).extracting(FindingGroups.SectionGroup::where).containsExactly("一");
        assertThat(groups.get(1).count()).isEqualTo(2);
        assertThat(groups.get(1).sections()).extracting(FindingGroups.SectionGroup::where).containsExactly("一", "二");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 个错误，2 个警告");
    }

    @Test
    void typingIsDebouncedAndAStaleResultIsDropped() {
        Report r = PreflightReports.clean();
        QueuedExecutor executor = new QueuedExecutor();
        ManualDebouncer debouncer = new ManualDebouncer();
        PreflightViewModel vm = new PreflightViewModel(executor, debouncer, undo);
        undo.open(r);
        executor.runAll();
        assertThat(vm.resultProperty().get().isClean()).isTrue();

        first(r).setBody(RichText.ofPlain("新建幼儿园xx所。"));
        vm.edited();
        vm.edited();
        assertThat(executor.pending()).as("nothing runs while the user types").isZero();
        debouncer.fire();
        assertThat(executor.pending()).isEqualTo(1);

        first(r).setBody(RichText.ofPlain("新建幼儿园3所。"));
        vm.edited();
        debouncer.fire();
        assertThat(executor.pending()).isEqualTo(2);

        executor.run(1);
        assertThat(vm.resultProperty().get().isClean()).isTrue();
        executor.run(0);
        assertThat(vm.resultProperty().get().isClean()).as("the older check with xx arrives late and is dropped").isTrue();
    }

    @Test
    void theCheckRunsOnASnapshotSoLaterTypingDoesNotLeakIntoIt() {
        Report r = PreflightReports.clean();
        QueuedExecutor executor = new QueuedExecutor();
        PreflightViewModel vm = new PreflightViewModel(executor, Debouncer.immediate(), undo);
        undo.open(r);
        first(r).setBody(RichText.ofPlain("新建幼儿园xx所。"));
        executor.runAll();
        assertThat(vm.resultProperty().get().isClean()).isTrue();
    }

    @Test
    void aQuickFixIsOneUndoStepAndUndoRestoresTheText() {
        Report r = PreflightReports.clean();
        first(r).setBody(RichText.ofPlain("全区新建幼儿园3所,新增学位900个。"));
        PreflightViewModel vm = direct(r);
        Finding comma = only(vm, "punctuation.halfWidth");

        vm.applyFix(comma);
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个。");
        assertThat(reportChanges).isEqualTo(1);
        assertThat(shown).last().isEqualTo(new Location(TextTarget.BODY, first(r).id(), 0, 9, 10));
        assertThat(vm.resultProperty().get().isClean()).isTrue();

        assertThat(undo.undo()).isTrue();
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所,新增学位900个。");
        assertThat(undo.undo()).as("one step only").isFalse();

        assertThat(undo.redo()).isTrue();
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个。");
    }

    @Test
    void fixAllOfAKindIsOneStep() {
        Report r = PreflightReports.clean();
        first(r).setBody(RichText.ofPlain("全区新建幼儿园3所,新增学位900个;\n建成食堂2个,改造操场1块。"));
        PreflightViewModel vm = direct(r);
        assertThat(vm.fixableCount("punctuation.halfWidth")).isEqualTo(3);

        vm.fixAll("punctuation.halfWidth");
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个；\n建成食堂2个，改造操场1块。");
        assertThat(reportChanges).isEqualTo(1);

        undo.undo();
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所,新增学位900个;\n建成食堂2个,改造操场1块。");
    }

    @Test
    void aFixWhoseTextChangedMeanwhileIsRefusedAndRechecked() {
        Report r = PreflightReports.clean();
        first(r).setBody(RichText.ofPlain("全区新建幼儿园3所,新增学位900个。"));
        PreflightViewModel vm = direct(r);
        Finding comma = only(vm, "punctuation.halfWidth");
        first(r).setBody(RichText.ofPlain("全区新建幼儿园3所。"));

        vm.applyFix(comma);
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所。");
        assertThat(vm.messageProperty().get()).contains("已重新检查");
        assertThat(vm.resultProperty().get().isClean()).isTrue();
    }

    @Test
    void f3GoesToTheNextPlaceToFillInFromTheCaretAndWraps() {
        Report r = PreflightReports.clean();
        first(r).setBody(RichText.ofPlain("全区新建幼儿园xx所，新增学位【数字】个。"));
        second(r).setBody(RichText.ofPlain("一是师资结构不够合理;二是某某学校经费保障压力较大。"));
        PreflightViewModel vm = direct(r);
        Location caret = new Location(TextTarget.BODY, first(r).id(), 0, 0, 0);

        Finding a = vm.nextFillIn(caret).orElseThrow();
        assertThat(a.location().start()).isEqualTo(7);
        Finding b = vm.nextFillIn(a.location()).orElseThrow();
        assertThat(b.excerpt()).contains("【数字】");
        Finding c = vm.nextFillIn(b.location()).orElseThrow();
        assertThat(c.location().sectionId()).isEqualTo(second(r).id());
        assertThat(vm.nextFillIn(c.location()).orElseThrow()).as("wraps to the top").isEqualTo(a);
        assertThat(vm.previousFillIn(a.location()).orElseThrow()).as("Shift+F3 wraps to the bottom").isEqualTo(c);
        assertThat(vm.previousFillIn(c.location()).orElseThrow()).isEqualTo(b);
        assertThat(shown).containsExactly(a.location(), b.location(), c.location(), a.location(), c.location(), b.location());
    }

    @Test
    void f3WithNothingLeftSaysSo() {
        PreflightViewModel vm = direct(PreflightReports.clean());
        assertThat(vm.nextFillIn(Location.of(TextTarget.TITLE, null))).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("没有待填写的占位符或空白");
    }

    @Test
    void exportWarnsOnlyWhenErrorsRemainListingTheFirstFew() {
        Report r = PreflightReports.clean();
        PreflightViewModel vm = direct(r);
        assertThat(vm.exportWarning()).isEmpty();

        second(r).setBody(RichText.ofPlain("一是师资结构不够合理;二是经费保障压力较大。"));
        assertThat(vm.exportWarning()).as("warnings alone do not stop an export").isEmpty();

        first(r).setBody(RichText.ofPlain("新建幼儿园xx所，新增学位【数字】个，建成xx个食堂，改造xx块操场，新增xx间教室，xx名教师。"));
        String warning = vm.exportWarning().orElseThrow();
        assertThat(warning).startsWith("报告中还有 6 个错误").contains("• 一：占位符“xx”").contains("另有 1 个错误");
        assertThat(warning.lines()).hasSize(7);
    }

    @Test
    void targetLengthIsStoredWithTheReportAndShowsProgress() {
        Report r = PreflightReports.clean();
        PreflightViewModel vm = direct(r);
        vm.reportCharsProperty().set(3210);
        assertThat(vm.target().textProperty().get()).isEqualTo("全文 3,210 字");
        assertThat(vm.target().progressProperty().get()).isZero();

        vm.target().set(5000);
        assertThat(r.extraFields()).containsEntry(TargetLength.FIELD, "5000");
        assertThat(vm.target().textProperty().get()).isEqualTo("全文 3,210 / 5,000 字");
        assertThat(vm.target().progressProperty().get()).isEqualTo(0.642);
        assertThat(reportChanges).as("marks the report changed").isEqualTo(1);

        vm.reportCharsProperty().set(6000);
        assertThat(vm.target().progressProperty().get()).isEqualTo(1.0);

        PreflightViewModel reopened = direct(r);
        assertThat(reopened.target().valueProperty().get()).isEqualTo(5000);
        reopened.target().set(0);
        assertThat(r.extraFields()).doesNotContainKey(TargetLength.FIELD);
    }

    @Test
    void targetParsesWhatASecretaryTypes() {
        assertThat(TargetLength.parse("5000")).isEqualTo(5000);
        assertThat(TargetLength.parse(" 5,000字 ")).isEqualTo(5000);
        assertThat(TargetLength.parse("")).isZero();
        assertThat(TargetLength.parse("五千")).isEqualTo(-1);
        assertThat(TargetLength.parse("-3")).isEqualTo(-1);
    }
}
