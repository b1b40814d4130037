package org.reportdesk.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;

/**
 * Seeded random reports in the register of a bureau's work report, for round-trip property tests:
 * 1–4 levels, run-in headings, figures, optional bold/italic spans, attachments, 署名 and 日期.
 */
public final class RandomReports {

    private static final String[] UNITS = {"青山县教育局", "东湖区教育局", "南岭市教育局", "河西镇中心学校"};
    private static final String[] TITLES = {"2025年工作总结", "2025年上半年工作总结和下半年工作计划", "2026年工作要点",
        "2025年学生资助工作总结"};
    private static final String[] VERBS = {"强化", "深化", "推进", "完善", "落实", "提升", "健全", "加强"};
    private static final String[] TOPICS = {"党建引领", "队伍建设", "课后服务", "校园安全", "教研体系", "资助政策",
        "督导评估", "集团化办学", "劳动教育", "信息化应用", "控辍保学", "营养改善计划"};
    private static final String[] CLAUSES = {"全年新增学位1200个", "开展专项检查6次", "覆盖学校46所", "发放资金356.5万元",
        "组织培训3期", "受益学生8600人次", "完成改造项目12个", "建成示范校3所"};

    private final Random rnd;
    private final boolean styled;
    private final boolean attachments;
    private final boolean figures;
    private int figureCount;

    /** {@code styled}: bold and italic spans in bodies; {@code attachments}: 附件 names. */
    public RandomReports(long seed, boolean styled, boolean attachments) {
        this(seed, styled, attachments, false);
    }

    /** {@code figures}: tables (header rows, merges both ways, wide ones) and pictures among the body paragraphs. */
    public RandomReports(long seed, boolean styled, boolean attachments, boolean figures) {
        this.rnd = new Random(seed);
        this.styled = styled;
        this.attachments = attachments;
        this.figures = figures;
    }

    public Report next() {
        Report r = new Report();
        String unit = pick(UNITS);
        r.setTitle(unit + pick(TITLES));
        r.setOpening(paragraphs(rnd.nextInt(3)));
        for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
            r.root().add(section(1));
        }
        if (attachments) {
            for (int i = rnd.nextInt(3); i > 0; i--) {
                r.attachments().add(pick(TOPICS) + "情况统计表");
            }
        }
        if (rnd.nextInt(4) > 0) {
            r.setSignature(unit);
            r.setDate("2025年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日");
        }
        return r;
    }

    private Section section(int depth) {
        boolean runIn = depth > 1 && rnd.nextInt(3) > 0;
        String heading = pick(VERBS) + pick(TOPICS) + (rnd.nextBoolean() ? "，" + pick(VERBS) + pick(TOPICS) : "");
        Section s = new Section(runIn ? heading + "。" : heading, paragraphs(runIn ? 1 + rnd.nextInt(2) : rnd.nextInt(3)));
        s.setRunIn(runIn);
        if (depth < Numbering.MAX_DEPTH && rnd.nextInt(depth + 1) == 0) {
            for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
                s.add(section(depth + 1));
            }
        }
        return s;
    }

    private RichText paragraphs(int n) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Span> spans = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int style = styled ? rnd.nextInt(6) : -1;
                spans.add(new Span(pick(VERBS) + pick(TOPICS), style == 0, style == 1, false));
                spans.add(Span.plain("，" + pick(CLAUSES) + "。"));
            }
            ps.add(new Paragraph(spans));
            if (figures && rnd.nextInt(3) == 0) {
                ps.add(Paragraph.of(rnd.nextInt(3) == 0 ? picture() : table()));
                if (rnd.nextBoolean()) {
                    ps.add(Paragraph.of(pick(VERBS) + pick(TOPICS) + "，" + pick(CLAUSES) + "。"));
                }
            }
        }
        return RichText.of(ps);
    }

    private Table table() {
        int rows = 2 + rnd.nextInt(6);
        int cols = 2 + rnd.nextInt(rnd.nextInt(5) == 0 ? 9 : 4);
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                row.add(r == 0 ? pick(TOPICS) : rnd.nextInt(8) == 0 ? "" : c == 0 ? pick(TOPICS) : pick(CLAUSES));
            }
            texts.add(row);
        }
        String title = rnd.nextInt(3) == 0 ? "" : "表" + (++figureCount) + " " + pick(TOPICS) + "情况表";
        Table t = Table.ofText(title, rnd.nextInt(3) == 0 ? 0 : 1, texts);
        for (int m = rnd.nextInt(3); m > 0; m--) {
            int r = rnd.nextInt(rows);
            int c = rnd.nextInt(cols);
            int[] a = TableEdits.anchorOf(t, r, c);
            t = TableEdits.merge(t, a[0], a[1], Math.min(rows - 1, r + rnd.nextInt(2)), Math.min(cols - 1, c + rnd.nextInt(2)));
        }
        return t;
    }

    private Picture picture() {
        int w = 20 + rnd.nextInt(600);
        int h = 20 + rnd.nextInt(400);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(rnd.nextInt(w), rnd.nextInt(h), rnd.nextInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, rnd.nextBoolean() ? "png" : "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String caption = rnd.nextBoolean() ? "" : "图" + (++figureCount) + " " + pick(TOPICS) + "现场";
        return Picture.of(out.toByteArray(), caption);
    }

    private String pick(String[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
