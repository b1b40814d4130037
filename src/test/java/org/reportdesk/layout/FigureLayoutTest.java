package org.reportdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;

/** Tables and pictures on the page, on the ideal CJK grid. */
class FigureLayoutTest {

    private final ExportProfile std = ExportProfile.standard();

    private static Table longTable(int rows) {
        List<List<String>> texts = new ArrayList<>();
        texts.add(List.of("序号", "项目名称", "进展情况"));
        for (int i = 1; i <= rows; i++) {
            texts.add(List.of(String.valueOf(i), "项目" + i, "按计划推进"));
        }
        return Table.ofText("表1 重点项目进展情况表", 1, texts);
    }

    private static Report with(Paragraph... body) {
        Report r = new Report();
        r.root().add(new Section("重点项目", RichText.of(List.of(body))));
        return r;
    }

    private static long rowsStartingWith(Page p, String text) {
        return p.lines().stream().filter(l -> l.kind() == BlockKind.TABLE_ROW && l.text().equals(text)).count();
    }

    @Test
    void aLongTableCrossesThePageAndRepeatsItsHeaderRow() {
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(with(Paragraph.of("如下表。"), Paragraph.of(longTable(60))), std);
        assertThat(l.pageCount()).isGreaterThan(1);
        for (Page p : l.pages()) {
            assertThat(rowsStartingWith(p, "序号")).as("header on page " + p.number()).isEqualTo(1);
            double bottom = p.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
            assertThat(bottom).as("page " + p.number()).isLessThanOrEqualTo(p.heightPt() - 35 / 25.4 * 72 + 0.01);
        }
        long data = l.pages().stream().mapToLong(p -> p.lines().stream().filter(x -> x.text().matches("项目\\d+")).count()).sum();
        assertThat(data).isEqualTo(60);
        assertThat(l.pages().get(0).lines()).anyMatch(x -> x.kind() == BlockKind.CAPTION && x.text().equals("表1 重点项目进展情况表"));
    }

    @Test
    void cellsSpanTheTypeAreaInProportionAndMergedCellsSpanTheirRows() {
        Table t = TableEdits.merge(longTable(3).withColumnWidths(List.of(1, 2, 1)), 1, 2, 3, 2);
        Page p = new LayoutEngine(FontMetrics.GRID).layout(with(Paragraph.of(t)), std).pages().get(0);
        PageFrame f = PageFrame.of(std);
        Box first = p.boxes().get(0);
        assertThat(first.x()).isEqualTo(f.leftPt(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(first.width()).isEqualTo(f.typeWidth() / 4, org.assertj.core.data.Offset.offset(0.01));
        Box merged = p.boxes().stream().filter(b -> b.x() > f.leftPt() + f.typeWidth() * 0.7).skip(1).findFirst().orElseThrow();
        Box single = p.boxes().stream().filter(b -> b.x() == f.leftPt()).skip(1).findFirst().orElseThrow();
        assertThat(merged.height()).isEqualTo(3 * single.height(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aWideCellWrapsAndMakesItsRowTaller() {
        Table t = Table.ofText("", 0, List.of(List.of("短", "很长的进展情况说明".repeat(8))));
        Page p = new LayoutEngine(FontMetrics.GRID).layout(with(Paragraph.of(t)), std).pages().get(0);
        assertThat(p.boxes().get(0).height()).isGreaterThan(2 * 14 * Figures.SINGLE_LINE_EM);
    }

    @Test
    void aPictureIsCentredScaledToTheTypeAreaWithItsCaptionBelow() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_RGB), "png", png);
        Picture pic = Picture.of(png.toByteArray(), "图1 校园一角");
        Page p = new LayoutEngine(FontMetrics.GRID).layout(with(Paragraph.of(pic), Paragraph.of("后文。")), std).pages().get(0);
        PageFrame f = PageFrame.of(std);
        PlacedImage img = p.images().get(0);
        assertThat(img.width()).isEqualTo(f.typeWidth(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(img.height()).isEqualTo(f.typeWidth() / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(img.height()).isLessThan(f.linesPerPage() * f.linePt() - 2 * f.linePt());
        Line caption = p.lines().stream().filter(x -> x.kind() == BlockKind.CAPTION).findFirst().orElseThrow();
        assertThat(caption.top()).isGreaterThanOrEqualTo(img.y() + img.height() - 0.01);
        assertThat(p.lines()).noneMatch(x -> x.text().contains("\uFFFC"));
    }

    @Test
    void aLandscapeTableGetsTurnedPagesOfItsOwnAndTheTextGoesOnUpright() {
        Table wide = longTable(30).withLandscape(true);
        PageLayout l = new LayoutEngine(FontMetrics.GRID).layout(with(Paragraph.of("如下表。"), Paragraph.of(wide),
                Paragraph.of("表后的正文。")), std);
        List<Page> pages = l.pages();
        assertThat(pages.get(0).landscape()).isFalse();
        assertThat(pages.get(1).landscape()).isTrue();
        assertThat(pages.get(1).widthPt()).isGreaterThan(pages.get(1).heightPt());
        assertThat(pages.get(0).lines()).noneMatch(x -> x.kind() == BlockKind.TABLE_ROW);
        Page last = pages.get(pages.size() - 1);
        assertThat(last.landscape()).isFalse();
        assertThat(last.lines()).anyMatch(x -> x.text().equals("表后的正文。"));
        PageFrame turned = PageFrame.of(std).turned();
        Box first = pages.get(1).boxes().get(0);
        assertThat(first.x()).isEqualTo(turned.leftPt(), org.assertj.core.data.Offset.offset(0.01));
        double right = pages.get(1).boxes().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        assertThat(right).isEqualTo(turned.leftPt() + turned.typeWidth(), org.assertj.core.data.Offset.offset(0.01));
        for (Page p : pages) {
            if (p.landscape()) {
                double bottom = p.boxes().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
                assertThat(bottom).isLessThanOrEqualTo(p.heightPt() - turned.bottomPt() + 0.01);
                assertThat(rowsStartingWith(p, "序号")).isEqualTo(1);
            }
        }
    }
}
