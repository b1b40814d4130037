package org.reportdesk.docx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableCell;

/** Reports with tables and pictures, written for the tests (our own figures, not a real report's). */
final class TableReports {

    static final String[] PROJECTS = {"城区学校扩容", "农村食堂改造", "教师周转房", "智慧校园", "校车更新", "操场改造",
        "图书馆建设", "实验室配备", "心理健康中心", "课后服务场地"};

    private TableReports() {
    }

    /**
     * 项目进展表: two header rows (项目 spanning both, 资金 spanning two columns), a 合计 row whose
     * 备注 spans two rows, {@code rows} project rows.
     */
    static Table progress(int rows) {
        List<List<TableCell>> grid = new ArrayList<>();
        grid.add(List.of(TableCell.of("序号").withSpan(2, 1), TableCell.of("项目名称").withSpan(2, 1),
                TableCell.of("资金（万元）").withSpan(1, 2), TableCell.COVERED, TableCell.of("进度").withSpan(2, 1)));
        grid.add(List.of(TableCell.COVERED, TableCell.COVERED, TableCell.of("计划"), TableCell.of("已完成"), TableCell.COVERED));
        for (int i = 0; i < rows; i++) {
            grid.add(List.of(TableCell.of(String.valueOf(i + 1)), TableCell.of(PROJECTS[i % PROJECTS.length]),
                    TableCell.of(String.valueOf(100 + 10 * i)), TableCell.of(String.valueOf(50 + 5 * i)),
                    TableCell.of(i % 3 == 0 ? "已完工" : "按计划推进")));
        }
        grid.add(List.of(TableCell.of("合计").withSpan(1, 2), TableCell.COVERED, TableCell.of("—"), TableCell.of("—"),
                TableCell.of("另附明细").withSpan(1, 1)));
        return new Table("上半年重点项目进展表", 2, List.of(1, 4, 2, 2, 3), grid, false);
    }

    /** Twelve columns of months: wider than the profile's portrait limit. */
    static Table wide() {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("指标"));
        for (int m = 1; m <= 12; m++) {
            head.add(m + "月");
        }
        rows.add(head);
        for (String name : List.of("在校生人数", "教师人数", "新增学位")) {
            List<String> row = new ArrayList<>(List.of(name));
            for (int m = 1; m <= 12; m++) {
                row.add(String.valueOf(1000 + m * 37));
            }
            rows.add(row);
        }
        return Table.ofText("各月指标完成情况", 1, rows);
    }

    static Picture picture(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2060a0));
        g.fillRect(width / 10, height / 10, width * 8 / 10, height * 8 / 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Picture.of(out.toByteArray(), "图1 新建教学楼示意");
    }

    /** The small sample with a long table, a wide (landscape) table and a picture in its sections. */
    static Report withObjects(int tableRows) {
        Report r = SampleReports.small();
        Section first = r.root().children().get(0).children().get(0);
        first.setBody(RichText.of(List.of(Paragraph.of("重点项目进展情况见下表。"), Paragraph.of(progress(tableRows)),
                Paragraph.of("各项目均按计划推进。"))));
        Section second = r.root().children().get(0).children().get(1);
        List<Paragraph> paras = new ArrayList<>(second.body().paragraphs());
        paras.add(Paragraph.of(wide()));
        paras.add(Paragraph.of(picture(800, 500)));
        paras.add(Paragraph.of("培训覆盖全体在岗教师。"));
        second.setBody(RichText.of(paras));
        return r;
    }
}
