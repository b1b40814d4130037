package org.reportdesk.bench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainViewModel;
import org.reportdesk.ui.editor.ReportArea;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * How the real main window copes with a large report, headless (Monocle): open, select a section,
 * type, move a section, and the autosave copy, at the size limit (5 000 sections, 1 000 000
 * characters). Run: {@code mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.reportdesk.bench.LargeReportBenchmark [-Dexec.args="1 100000"] -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k}
 */
public final class LargeReportBenchmark {

    private static TaskExecutor executor;

    public static void main(String[] args) throws Exception {
        int sections = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int chars = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Report r = large(sections, chars);
        Platform.startup(() -> { });
        Services services = Fixtures.services(Path.of("target"), new FxTaskExecutor(), new InMemoryReportRepository(),
                new RecordingExportService());
        executor = services.executor();
        MainWindow window = onFx(() -> {
            Stage stage = new Stage();
            MainWindow w = MainWindow.create(services, stage);
            stage.show();
            return w;
        });
        MainViewModel vm = window.viewModel();
        ReportArea area = window.view().editorView().area();
        System.out.printf("report: %d sections, %d characters%n", r.allSections().size(), ReportJson.write(r).length());
        time("open", () -> vm.open(r, null));
        Section middle = r.allSections().get(r.allSections().size() / 2);
        time("select a section", () -> vm.outline().selectedProperty().set(OutlineNode.of(middle)));
        System.out.printf("the selected section has %d characters in %d paragraphs%n", middle.body().length(),
                middle.body().paragraphs().size());
        // a keystroke as the area sees it: the text changes at the caret, the editor hears RichTextFX's change
        time("type one character", () -> area.insertText(area.getLength() / 2, "字"));
        time("move a section down", () -> vm.outline().moveDown());
        time("autosave copy (UI thread)", () -> r.copy());
        Platform.exit();
    }

    private static void time(String what, Runnable action) throws Exception {
        long worst = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            onFx(() -> {
                action.run();
                return null;
            });
            onFx(() -> null); // the pulse that lays out and paints the change
            worst = Math.max(worst, (System.nanoTime() - t0) / 1_000_000);
            settle();
        }
        System.out.printf("%-28s worst of 3: %5d ms%n", what, worst);
    }

    /**
     * A user's pause between actions: the debounced re-check starts, then everything queued on the
     * one background thread finishes (work runs in order, so a no-op's completion marks the end).
     */
    private static void settle() throws Exception {
        Thread.sleep(400);
        for (TaskExecutor.Lane lane : TaskExecutor.Lane.values()) {
            CompletableFuture<Void> idle = new CompletableFuture<>();
            onFx(() -> {
                executor.submit(lane, () -> null, v -> idle.complete(null), idle::completeExceptionally);
                return null;
            });
            idle.get(120, TimeUnit.SECONDS);
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    static Report large(int sections, int chars) {
        Report r = new Report();
        r.setTitle("某县教育局大型报告");
        int per = Math.max(1, chars / sections);
        // paragraphs of about 200 characters, as a real section has
        String text = "推进教育优质均衡发展，完成年度目标任务。".repeat(per / 20 + 1).substring(0, per);
        StringBuilder body = new StringBuilder(text);
        for (int at = 200; at < body.length(); at += 201) {
            body.insert(at, '\n');
        }
        Section parent = null;
        for (int i = 0; i < sections; i++) {
            Section s = new Section("第" + i + "项工作", RichText.ofPlain(body.toString()));
            if (i % 10 == 0 || parent == null) {
                r.root().add(s);
                parent = s;
            } else {
                parent.add(s);
            }
        }
        return r;
    }
}
