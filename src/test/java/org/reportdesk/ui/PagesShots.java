package org.reportdesk.ui;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.app.WindowLook;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Template;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;
import org.reportdesk.ui.outline.OutlineNode;

/**
 * The page view in a real window, for screenshots under xvfb-run (taken from outside with
 * {@code import -window root}): {@code java -cp ... org.reportdesk.ui.PagesShots normal|zoomed|last|print} (print: 文件 → 打印… on a machine without a printer).
 */
public final class PagesShots {

    private PagesShots() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        Platform.startup(() -> {
            try {
                show(mode);
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
    }

    private static void show(String mode) {
        {
            WindowLook.install();
            InMemoryTemplateRepository templates = new InMemoryTemplateRepository(new BuiltinLibrary().load());
            Services services = new Services(Path.of("target"), new InMemoryReportRepository(), templates,
                    new RecordingExportService(), Settings.inMemory(), new FxTaskExecutor(), Fixtures.library(templates));
            Template skeleton = templates.findByKey("skeleton.half-year").orElseGet(Fixtures::halfYearSkeleton);
            Stage stage = new Stage();
            MainWindow w = MainWindow.create(services, stage);
            Report r = ReportFactory.fromSkeleton(skeleton, "青松区教育局", 2026, Period.FIRST_HALF);
            r.setSignature("青松区教育局");
            r.setDate("2026年7月10日");
            w.viewModel().openNew(r);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.show();
            w.viewModel().pages().shownProperty().set(true);
            later(12_000, () -> {
                var pages = w.viewModel().pages();
                var outline = w.viewModel().outline();
                switch (mode) {
                    case "normal" -> outline.selectedProperty().set(OutlineNode.of(r.allSections().get(2)));
                    case "zoomed" -> {
                        outline.selectedProperty().set(OutlineNode.of(r.allSections().get(1)));
                        pages.actualSize();
                        pages.zoomIn();
                    }
                    case "last" -> outline.selectedProperty().set(OutlineNode.CLOSING);
                    case "print" -> Platform.runLater(() -> w.view().actions().print(w.view().pagesView()));
                    default -> throw new IllegalArgumentException(mode);
                }
            });
            System.out.println("shown");
        }
    }

    private static void later(double ms, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(ms));
        p.setOnFinished(e -> r.run());
        p.play();
    }
}
