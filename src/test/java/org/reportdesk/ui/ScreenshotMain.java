package org.reportdesk.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.services.Settings;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.model.Template;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * Opens the main window with a sample report in a real window (run under xvfb-run) and writes a
 * PNG of it: {@code java -cp ... org.reportdesk.ui.ScreenshotMain out.png}.
 */
public final class ScreenshotMain {

    private ScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot-main.png");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            InMemoryTemplateRepository templates = new InMemoryTemplateRepository(new BuiltinLibrary().load());
            Services services = new Services(Files.exists(Path.of("target")) ? Path.of("target") : Path.of("."),
                    new InMemoryReportRepository(), templates, new RecordingExportService(), Settings.inMemory(),
                    new FxTaskExecutor(), Fixtures.library(templates));
            Template skeleton = templates.findByKey("skeleton.half-year").orElseGet(Fixtures::halfYearSkeleton);
            Stage stage = new Stage();
            MainWindow w = MainWindow.create(services, stage);
            Report r = ReportFactory.fromSkeleton(skeleton, "青松区教育局", 2025, Period.FIRST_HALF);
            Section top = r.sections().get(0);
            Section first = top.children().stream().filter(c -> c.heading().contains("教师")).findFirst()
                    .orElse(top.children().isEmpty() ? top : top.children().get(0));
            first.setRunIn(true);
            first.setBody(RichText.of(List.of(
                    new Paragraph(List.of(Span.plain("全年组织教师培训【数字】场，覆盖教师【数字】人次。"),
                            new Span("一是", true, false, false),
                            Span.plain("完善分层培训体系，新教师、骨干教师、名师分类施训；"),
                            new Span("二是", true, false, false),
                            Span.plain("推进校际交流轮岗，城乡学校结对帮扶全覆盖。"))),
                    Paragraph.of("下一步，将继续围绕教师专业成长，健全培训、考核、激励相衔接的工作机制。"))));
            r.setDate("2025年7月5日");
            w.viewModel().openNew(r);
            w.viewModel().outline().selectedProperty().set(OutlineNode.of(first));
            stage.show();
            String mode = args.length > 1 ? args[1] : "";
            if (mode.equals("new")) {
                Platform.runLater(() -> w.view().actions().newReport());
            } else if (mode.equals("export")) {
                Platform.runLater(() -> w.view().actions().export());
            } else if (mode.equals("profiles")) {
                Platform.runLater(() -> w.view().actions().exportProfiles());
            } else if (mode.equals("preflight")) {
                Platform.runLater(() -> PreflightScreenshot.prepare(w, first));
            } else if (mode.equals("library")) {
                w.viewModel().rollForward();
                Report next = w.viewModel().reportProperty().get();
                Section edited = next.sections().get(0);
                w.viewModel().outline().selectedProperty().set(OutlineNode.of(edited.children().get(0)));
                edited.setNeedsReview(false);
                w.view().split().setDividerPositions(0.22, 0.56);
                w.viewModel().library().queryProperty().set("课后服务");
                new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.runLater(() -> {
                        var results = w.viewModel().library().results();
                        if (!results.isEmpty()) {
                            w.viewModel().library().selectedProperty().set(results.get(0));
                        }
                    });
                }).start();
            } else if (mode.equals("undo")) {
                // typing in one section, then Ctrl+Z while another is shown: the first comes back
                w.viewModel().editor().bodyEdited(RichText.ofPlain(first.body().plainText() + "另组织班主任专题培训2场。"));
                w.viewModel().outline().selectedProperty().set(OutlineNode.of(top));
                Platform.runLater(() -> w.view().actions().undo());
            } else if (mode.equals("closing")) {
                r.attachments().add("1.2025年上半年校园安全检查统计表");
                r.attachments().add("2.学生资助资金发放明细");
                w.viewModel().outline().selectedProperty().set(OutlineNode.CLOSING);
            } else if (mode.equals("front")) {
                r.setRecipient("市教育局");
                w.viewModel().outline().selectedProperty().set(OutlineNode.FRONT);
            } else if (mode.equals("outlinemenu") || mode.equals("bodymenu")) {
                w.viewModel().editor().zoom().set(1.2);
                Platform.runLater(() -> {
                    boolean outline = mode.equals("outlinemenu");
                    javafx.scene.Node c = outline ? w.view().outlineView().tree() : w.view().editorView().area();
                    javafx.scene.control.ContextMenu menu = outline ? w.view().outlineView().tree().getContextMenu()
                            : w.view().editorView().area().getContextMenu();
                    javafx.geometry.Bounds b = c.localToScreen(c.getBoundsInLocal());
                    menu.show(c, b.getMinX() + 120, b.getMinY() + 90);
                });
            } else if (mode.equals("list")) {
                w.viewModel().save();
                Platform.runLater(() -> w.view().actions().openStored());
            }
            new Thread(() -> {
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    writeAllWindows(out);
                    done.countDown();
                });
            }).start();
        });
        done.await();
        // no Platform.exit(): closing GTK windows while a dialog's nested loop runs crashes glass
        System.exit(0);
    }

    /**
     * Writes every open window as a PNG: the first to {@code out}, the others to out-1.png, out-2.png, ...
     * A failure is printed, not thrown: the caller still ends its run.
     */
    public static void writeAllWindows(java.nio.file.Path out) {
        try {
            int n = 0;
            for (javafx.stage.Window win : javafx.stage.Window.getWindows()) {
                File f = n == 0 ? out.toFile() : new File(out.toString().replace(".png", "-" + n + ".png"));
                write(win.getScene().snapshot(null), f);
                n++;
            }
        } catch (Exception e) {
            e.printStackTrace();
        }
    }

    /** Runs {@code r} on the FX thread after {@code ms} milliseconds (from a daemon thread). */
    public static void later(long ms, Runnable r) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.runLater(r);
        });
        t.setDaemon(true);
        t.start();
    }

    /** Writes a JavaFX snapshot as a PNG and says where; shared by the other screenshot mains. */
    public static void write(WritableImage img, File f) throws Exception {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        ImageIO.write(b, "png", f);
        System.out.println("wrote " + f.getAbsolutePath() + " " + w + "x" + h);
    }
}
