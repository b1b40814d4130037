package org.reportdesk.ui.editor.table;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.reportdesk.app.FxTaskExecutor;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Period;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;
import org.reportdesk.model.Template;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.testing.InMemoryReportRepository;
import org.reportdesk.testing.InMemoryTemplateRepository;
import org.reportdesk.testing.RecordingExportService;
import org.reportdesk.ui.ScreenshotMain;
import org.reportdesk.ui.main.MainWindow;

/**
 * Screenshots of a table and a picture in the body editor of the real window (run under xvfb-run):
 * {@code java -cp ... org.reportdesk.ui.editor.table.TablesShots table|picture|menu|pages|pages-landscape out.png}
 * ({@code pages}: with the page view shown; {@code -Dshots.wait=MS} waits for its first layout).
 */
public final class TablesShots {

    private TablesShots() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path out = Path.of(args[1]);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            InMemoryTemplateRepository templates = new InMemoryTemplateRepository(new BuiltinLibrary().load());
            Settings settings = Settings.inMemory();
            if (mode.startsWith("pages")) {
                settings.put("pages.shown", "true");
            }
            Services services = new Services(Path.of("target"), new InMemoryReportRepository(), templates,
                    new RecordingExportService(), settings, new FxTaskExecutor(), Fixtures.library(templates));
            Template skeleton = templates.findByKey("skeleton.half-year").orElseGet(Fixtures::halfYearSkeleton);
            Report r = ReportFactory.fromSkeleton(skeleton, "青松区教育局", 2026, Period.FIRST_HALF);
            Section first = r.sections().get(0);
            if (mode.equals("pages-landscape")) {
                first.setBody(RichText.of(List.of(Paragraph.of("重点任务分解如下表。"), Paragraph.of(wideTable()),
                        Paragraph.of("各单位要对照任务分解表抓好落实。"))));
            } else if (mode.equals("pages")) {
                first.setBody(RichText.of(List.of(Paragraph.of("上半年，全区重点项目进展顺利，情况如下。"),
                        Paragraph.of(table()), Paragraph.of(picture()), Paragraph.of("下一步，我们将继续推进各项工作。"))));
            } else {
                first.setBody(RichText.of(List.of(Paragraph.of("上半年，全区重点项目进展顺利，情况如下。"),
                        Paragraph.of(mode.equals("picture") ? picture() : table()),
                        Paragraph.of("下一步，我们将继续推进各项工作。"))));
            }
            Stage stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(mode.startsWith("pages") ? 1000 : 800);
            if (mode.startsWith("pages")) {
                stage.setWidth(1600);
            }
            MainWindow w = MainWindow.create(services, stage);
            w.viewModel().openNew(r);
            stage.show();
            ScreenshotMain.later(2500, () -> {
                TableBox box = (TableBox) stage.getScene().getRoot().lookup(".table-box");
                if (box != null) {
                    box.focusCell(2, 1);
                    if (mode.equals("menu")) {
                        javafx.scene.control.TextField f = (javafx.scene.control.TextField) box.lookupAll(".table-cell-field")
                                .stream().skip(4).findFirst().orElseThrow();
                        var b = f.localToScreen(f.getBoundsInLocal());
                        f.getContextMenu().show(f, b.getMinX() + 40, b.getMaxY());
                    }
                }
            });
            ScreenshotMain.later(mode.startsWith("pages") ? Long.getLong("shots.wait", 30_000) : 4500, () -> {
                ScreenshotMain.writeAllWindows(out);
                done.countDown();
            });
        });
        done.await();
        System.exit(0);
    }

    private static Table table() {
        Table t = Table.ofText("表1  重点项目进展情况", 1, List.of(
                List.of("序号", "项目名称", "计划投资（万元）", "完成投资（万元）", "进度"),
                List.of("1", "青松小学校舍改造", "1200", "960", "80%"),
                List.of("2", "第三中学食堂扩建", "800", "560", "70%"),
                List.of("3", "智慧校园二期", "600", "600", "100%"),
                List.of("合计", "", "2600", "2120", "")));
        return TableEdits.merge(t, 4, 0, 4, 1);
    }

    private static Table wideTable() {
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("序号", "重点任务", "具体举措", "牵头单位", "配合单位", "完成时限", "备注"));
        String[] tasks = {"推进集团化办学", "深化课堂改革", "加强教师培训", "改善办学条件", "抓好校园安全"};
        for (int i = 0; i < 12; i++) {
            rows.add(List.of(String.valueOf(i + 1), tasks[i % tasks.length], "制定实施方案，明确时间表和责任人，按月调度推进",
                    "基础教育股", "人事股", "2026年" + (i % 12 + 1) + "月", ""));
        }
        return Table.ofText("表2  重点工作任务分解表", 1, rows).withColumnWidths(List.of(1, 3, 6, 3, 3, 2, 2)).withLandscape(true);
    }

    private static Picture picture() {
        BufferedImage img = new BufferedImage(640, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 240);
        int[] values = {80, 70, 100, 45};
        Color[] colors = {new Color(0x4472c4), new Color(0xed7d31), new Color(0x70ad47), new Color(0xffc000)};
        for (int i = 0; i < values.length; i++) {
            g.setColor(colors[i]);
            g.fillRect(60 + i * 140, 220 - values[i] * 2, 90, values[i] * 2);
        }
        g.setColor(Color.DARK_GRAY);
        g.drawLine(40, 220, 620, 220);
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(img, "png", bytes);
            return Picture.of(bytes.toByteArray(), "图1  重点项目完成进度（%）");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
