package org.reportdesk.ui.importer;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.ScreenshotMain;
import org.reportdesk.ui.main.MainWindow;

/**
 * Pastes our own messy web text as an outline in a real window (run under xvfb-run) and writes a
 * PNG of the import preview: {@code ImportScreenshotMain out.png}.
 */
public final class ImportScreenshotMain {

    static final String TEXT = """
            会员登录 新用户注册 退出
            您现在的位置是: 首页 > 范文 > 工作总结
            青松县教育局2025年上半年工作总结
            字號: 大 中 小
            今年以来,我局围绕年初目标,扎实推进各项工作,现将有关情况报告如下:
            一、上半年主要工作
            (一)夯实学前教育基础。全县新建普惠性幼儿园3所,新增学位540个。
            (二)推进义务教育均衡。完成两所薄弱学校改造,课后服务覆盖率达到98%。
            1.组织教师暑期全员培训xx人次。
            2.开展校长任期考核。
            1.完善资助台账,做到应助尽助。
            2.落实营养改善计划。
            二、存在的问题
            部分乡村学校教师结构性缺编,音体美学科专任教师不足。
            青松县教育局
            2025年7月8日
            """;

    private ImportScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "screenshot-import.png");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow w = MainWindow.create(Fixtures.services(Path.of("target"), new FxTaskExecutor(),
                    new InMemoryReportRepository(), new RecordingExportService()), stage);
            stage.show();
            ClipboardContent c = new ClipboardContent();
            c.putString(TEXT);
            Clipboard.getSystemClipboard().setContent(c);
            w.view().actions().pasteAsOutline();
            new Thread(() -> {
                try {
                    Thread.sleep(8000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Platform.runLater(() -> {
                    try {
                        Window preview = Window.getWindows().stream().filter(win -> win != stage).findFirst().orElse(stage);
                        ScreenshotMain.write(preview.getScene().snapshot(null), out.toFile());
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                    done.countDown();
                });
            }).start();
        });
        done.await();
        System.exit(0);
    }
}
