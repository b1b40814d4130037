package org.reportdesk.ui.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.TextChange;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.session.ReportSession;
import org.reportdesk.testing.LargeInputs;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.preflight.Debouncer;

/** The page view's model: pages and count follow the report, stale layouts are dropped, clicks and the outline meet. */
class PagesViewModelTest {

    /** Runs submitted work only when told, in any order (the lane and the FX thread, by hand). */
    static final class HeldExecutor implements TaskExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void shutdown() {
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    private final ReportSession session = new ReportSession();
    private final HeldExecutor executor = new HeldExecutor();
    private final PagesViewModel vm = new PagesViewModel(session, executor, () -> FontMetrics.GRID,
            ExportProfile::standard, Debouncer.immediate());

    {
        vm.shownProperty().set(true);
    }

    private static int pagesOf(Report r) {
        return new LayoutEngine(FontMetrics.GRID).layout(r, ExportProfile.standard()).pageCount();
    }

    @Test
    void theCountAndThePagesFollowTheReportOnceTheLayoutIsDone() {
        Report r = LargeInputs.reportOf(20_000);
        int expected = pagesOf(r);
        session.open(r);
        assertThat(vm.statusProperty().get()).isEqualTo("正在排版…");
        assertThat(vm.pages()).isEmpty();
        executor.runAll();
        assertThat(expected).isGreaterThan(10);
        assertThat(vm.pages()).hasSize(expected);
        assertThat(vm.pageCountProperty().get()).isEqualTo(expected);
        assertThat(vm.statusProperty().get()).isEqualTo("共 " + expected + " 页");
    }

    @Test
    void anOlderLayoutFinishingLastIsDropped() {
        Report r = LargeInputs.reportOf(20_000);
        session.open(r);
        executor.runAll();
        int pagesBefore = vm.pageCountProperty().get();
        Section first = session.report().root().children().get(0);
        // a long paste, laid out in the background, then deleted again before that layout finished
        RichText before = first.body();
        RichText longer = RichText.ofPlain(LargeInputs.varied(new java.util.Random(1), 8_000));
        session.apply(TextChange.body(first, before, longer));
        Runnable older = executor.held.poll();
        session.apply(TextChange.body(first, longer, before));
        executor.runAll();
        older.run();
        assertThat(vm.pageCountProperty().get()).isEqualTo(pagesBefore);
    }

    @Test
    void theSelectedSectionIsFollowedAndAClickOnItsTextFindsIt() {
        Report r = LargeInputs.reportOf(20_000);
        session.open(r);
        executor.runAll();
        Section last = r.root().children().get(9);
        vm.highlightedProperty().set(OutlineNode.of(last));
        int page = vm.followProperty().get();
        assertThat(page).isGreaterThan(5);
        PageSheet sheet = vm.pages().get(page);
        SheetLine heading = sheet.lines().stream()
                .filter(l -> l.line().source() != null && last.id().equals(l.line().source().sectionId()))
                .findFirst().orElseThrow();
        Glyph third = heading.glyphs().get(2);
        PagePlace[] got = new PagePlace[1];
        vm.setOnPlace(p -> got[0] = p);
        vm.highlightedProperty().set(OutlineNode.FRONT);
        assertThat(vm.followProperty().get()).isZero();
        vm.click(page, third.x() + 1, heading.line().top() + 2);
        assertThat(got[0].source().sectionId()).isEqualTo(last.id());
        assertThat(got[0].offset()).isEqualTo(third.offset());
    }

    @Test
    void nothingIsLaidOutWhileThePageViewIsHiddenAndHidingDropsALayoutOnItsWay() {
        vm.shownProperty().set(false);
        session.open(LargeInputs.reportOf(5_000));
        assertThat(executor.held).isEmpty();
        vm.shownProperty().set(true);
        assertThat(executor.held).hasSize(1);
        vm.shownProperty().set(false);
        executor.runAll();
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.statusProperty().get()).isEmpty();
        vm.shownProperty().set(true);
        executor.runAll();
        assertThat(vm.pageCountProperty().get()).isEqualTo(pagesOf(session.report()));
    }

    @Test
    void printingWaitsForTheLayoutAndShowsThePageView() {
        vm.shownProperty().set(false);
        session.open(LargeInputs.reportOf(5_000));
        java.util.List<Integer> printed = new java.util.ArrayList<>();
        vm.whenLaidOut(sheets -> printed.add(sheets.size()));
        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(printed).isEmpty();
        executor.runAll();
        assertThat(printed).containsExactly(pagesOf(session.report()));
        vm.whenLaidOut(sheets -> printed.add(-sheets.size()));
        assertThat(printed).hasSize(2);
    }

    @Test
    void zoomStepsAndActualSize() {
        vm.actualSize();
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        assertThat(vm.fitWidthProperty().get()).isFalse();
        vm.zoomOut();
        vm.zoomOut();
        assertThat(vm.zoomProperty().get()).isEqualTo(0.9);
        vm.fitToWidth();
        assertThat(vm.fitWidthProperty().get()).isTrue();
    }
}
