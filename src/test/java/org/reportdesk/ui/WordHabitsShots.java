package org.reportdesk.ui;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Template;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.main.MainWindow;

/**
 * Screenshots of the dialogs of issue 14 in a real window (run under xvfb-run):
 * {@code java -cp ... org.reportdesk.ui.WordHabitsShots export-done out.png}; modes: export,
 * export-done, export-again, list, new, find. Writes one PNG per open window.
 */
public final class WordHabitsShots {

    private WordHabitsShots() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path out = Path.of(args[1]);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            InMemoryTemplateRepository templates = new InMemoryTemplateRepository(new BuiltinLibrary().load());
            Path data = Path.of("target");
            InMemoryReportRepository reports = new InMemoryReportRepository();
            Services services = new Services(data, reports, templates, new RecordingExportService(),
                    Settings.inMemory(), new FxTaskExecutor(), Fixtures.library(templates));
            services.settings().put("folder.export", data.toAbsolutePath().toString());
            Template skeleton = templates.findByKey("skeleton.half-year").orElseGet(Fixtures::halfYearSkeleton);
            Stage stage = new Stage();
            MainWindow w = MainWindow.create(services, stage);
            Report r = ReportFactory.fromSkeleton(skeleton, "青松区教育局", 2026, Period.FIRST_HALF);
            w.viewModel().openNew(r);
            stage.show();
            switch (mode) {
                case "export", "export-done", "export-again" -> Platform.runLater(() -> w.view().actions().export());
                case "list" -> {
                    w.viewModel().save();
                    Platform.runLater(() -> w.view().actions().openStored());
                }
                case "new" -> {
                    Platform.runLater(() -> w.view().actions().newReport());
                }
                case "find" -> {
                    Platform.runLater(() -> w.view().preflight().findReplace(true));
                    ScreenshotMain.later(1500, () -> Window.getWindows().forEach(win -> {
                        if (win.getScene().lookup("#regexBox") instanceof javafx.scene.control.CheckBox box) {
                            ((TextField) win.getScene().lookup("#findField")).setText("20\\d\\d年");
                            box.setSelected(true);
                        }
                    }));
                }
                case "cards" -> ScreenshotMain.later(2500, () -> w.viewModel().library().queryProperty().set("安全检查"));
                case "shortcuts" -> Platform.runLater(() -> ((javafx.scene.control.MenuBar) w.view().root()
                        .lookup(".menu-bar")).getMenus().stream().reduce((a, b) -> b).orElseThrow().getItems().get(0).fire());
                default -> throw new IllegalArgumentException(mode);
            }
            if (mode.startsWith("export")) {
                ScreenshotMain.later(700, () -> pressExportAnyway());
            }
            if (mode.startsWith("export-")) {
                ScreenshotMain.later(1400, () -> {
                    for (Window win : Window.getWindows()) {
                        if (win.getScene().lookup("#runExportButton") instanceof Button b) {
                            TextField t = (TextField) win.getScene().lookup("#targetField");
                            Path target = data.toAbsolutePath().resolve("青松区教育局2026年上半年工作总结和下半年工作计划-很长的文件名用来看换行.docx");
                            try {
                                java.nio.file.Files.deleteIfExists(target);
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            t.setText(target.toString());
                            b.fire();
                            if (mode.equals("export-again")) {
                                ScreenshotMain.later(5000, b::fire);
                            }
                        }
                    }
                });
            }
            ScreenshotMain.later(mode.equals("export-again") ? 12000 : mode.startsWith("export-") ? 10000 : 4000, () -> {
                ScreenshotMain.writeAllWindows(out);
                done.countDown();
            });
        });
        done.await();
        System.exit(0);
    }


    /** The preflight warns about the skeleton's blanks before export: answer 仍然导出. */
    private static void pressExportAnyway() {
        for (Window win : Window.getWindows()) {
            for (javafx.scene.Node n : win.getScene().getRoot().lookupAll(".button")) {
                if (n instanceof Button b && b.getText() != null && b.getText().contains("仍然导出")) {
                    b.fire();
                    return;
                }
            }
        }
    }
}
