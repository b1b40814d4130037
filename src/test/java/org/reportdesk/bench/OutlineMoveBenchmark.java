package org.reportdesk.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.ui.outline.DropPosition;
import org.reportdesk.ui.outline.OutlineNode;
import org.reportdesk.ui.outline.OutlineView;
import org.reportdesk.ui.outline.OutlineViewModel;

/**
 * Move + renumber + layout of the outline tree of a 1,000-section report, headless (Monocle).
 * Two cases: a top-level section with its 100 descendants moved from first to last place and back
 * (every top-level label changes), and a leaf moved one place with Alt+Shift+↓/↑.
 *
 * <p>{@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.reportdesk.bench.OutlineMoveBenchmark}
 */
public final class OutlineMoveBenchmark {

    private static final int WARMUP = 60;
    private static final int RUNS = 300;

    private OutlineMoveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                result.complete(run());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        System.out.println(result.get());
        Platform.exit();
        System.exit(0);
    }

    private static String run() {
        Report report = report();
        OutlineViewModel vm = new OutlineViewModel();
        vm.setReport(report);
        OutlineView view = new OutlineView(vm);
        Stage stage = new Stage();
        stage.setScene(new Scene(view.root(), 360, 900));
        stage.show();
        layout(view);

        Section big = report.sections().get(0);
        double[] subtree = measure(view, i -> {
            Section target = i % 2 == 0 ? report.sections().get(report.sections().size() - 1) : report.sections().get(0);
            vm.drop(big, target, i % 2 == 0 ? DropPosition.AFTER : DropPosition.BEFORE);
        });
        Section leaf = report.sections().get(4).children().get(3).children().get(5);
        vm.selectedProperty().set(OutlineNode.of(leaf));
        layout(view);
        double[] single = measure(view, i -> {
            if (i % 2 == 0) {
                vm.moveDown();
            } else {
                vm.moveUp();
            }
        });
        painted = true;
        double[] withPaint = measure(view, i -> {
            if (i % 2 == 0) {
                vm.moveDown();
            } else {
                vm.moveUp();
            }
        });
        String check = report.sections().get(0).numberedHeading();
        return String.format("outline of %d sections, %d runs each (move + renumber + layout)%n"
                        + "  top-level section with 100 descendants, first <-> last: median %.2f ms, p95 %.2f ms%n"
                        + "  leaf, Alt+Shift+Down/Up:                                 median %.2f ms, p95 %.2f ms%n"
                        + "  leaf, Alt+Shift+Down/Up, plus painting the tree (snapshot): median %.2f ms, p95 %.2f ms%n"
                        + "  (first section now: %s)",
                report.allSections().size(), RUNS, pct(subtree, 50), pct(subtree, 95), pct(single, 50), pct(single, 95),
                pct(withPaint, 50), pct(withPaint, 95), check);
    }

    private interface Step {
        void run(int i);
    }

    private static double[] measure(OutlineView view, Step step) {
        for (int i = 0; i < WARMUP; i++) {
            step.run(i);
            layout(view);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            step.run(i);
            layout(view);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static boolean painted;

    private static void layout(OutlineView view) {
        view.root().applyCss();
        view.root().layout();
        if (painted) {
            view.root().snapshot(null, null);
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** 10 top-level sections, each with 9 children of 10 leaves: 1,000 sections. */
    private static Report report() {
        Report r = new Report();
        for (int a = 0; a < 10; a++) {
            Section top = new Section("第" + a + "部分工作");
            for (int b = 0; b < 9; b++) {
                Section mid = new Section("分项工作" + b);
                for (int c = 0; c < 10; c++) {
                    mid.add(new Section("具体事项" + c));
                }
                top.add(mid);
            }
            r.root().add(top);
        }
        return r;
    }
}
