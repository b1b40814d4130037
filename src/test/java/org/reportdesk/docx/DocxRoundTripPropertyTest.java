package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.io.Importer;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/**
 * Generated reports → the real {@link DocxExporter} (standard profile) → {@link Importer}: the same
 * title, opening, outline (headings without labels, levels, order), body text with bold/italic,
 * signature and date. What a secretary gets back when she imports last year's exported report.
 */
class DocxRoundTripPropertyTest {

    private static final String[] UNITS = {"青山县教育局", "东湖区教育局", "南岭市教育局", "河西镇中心学校"};
    private static final String[] TITLES = {"2025年工作总结", "2025年上半年工作总结和下半年工作计划", "2026年工作要点",
        "2025年学生资助工作总结"};
    private static final String[] VERBS = {"强化", "深化", "推进", "完善", "落实", "提升", "健全", "加强"};
    private static final String[] TOPICS = {"党建引领", "队伍建设", "课后服务", "校园安全", "教研体系", "资助政策",
        "督导评估", "集团化办学", "劳动教育", "信息化应用", "控辍保学", "营养改善计划"};
    private static final String[] CLAUSES = {"全年新增学位1200个", "开展专项检查6次", "覆盖学校46所", "发放资金356.5万元",
        "组织培训3期", "受益学生8600人次", "完成改造项目12个", "建成示范校3所"};

    @TempDir
    Path dir;

    private final DocxExporter exporter = new DocxExporter();
    private final Importer importer = new Importer();

    @Test
    void exportedReportsImportBackUnchanged() throws IOException {
        Random rnd = new Random(20251122L);
        Path f = dir.resolve("round.docx");
        for (int i = 0; i < 300; i++) {
            Report original = report(rnd);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.write(original, ExportProfile.standard(), bytes);
            Files.write(f, bytes.toByteArray());
            ImportResult result = importer.importFile(f, ImportOptions.defaults());
            String what = "report " + i + ": " + outline(original.sections());
            assertThat(result.reports()).as(what).hasSize(1);
            Report back = result.first();
            assertThat(back.title()).as(what).isEqualTo(original.title());
            assertThat(styled(back.opening())).as(what).isEqualTo(styled(original.opening()));
            assertThat(outline(back.sections())).as(what).isEqualTo(outline(original.sections()));
            assertThat(back.signature()).as(what).isEqualTo(original.signature());
            assertThat(back.date()).as(what).isEqualTo(original.date());
            assertThat(result.changes()).as(what).isEmpty();
        }
    }

    /** One line per section: numbering path (level and order), heading, run-in, styled body. */
    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.path() + "|" + s.heading() + "|" + s.runIn() + "|" + styled(s.body()));
            out.addAll(outline(s.children()));
        }
        return out;
    }

    /** Text with bold as **…** and italic as _…_, so that span boundaries do not matter, only what is styled. */
    private static String styled(RichText t) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : t.paragraphs()) {
            for (Span s : p.spans()) {
                sb.append(s.bold() ? "**" : "").append(s.italic() ? "_" : "").append(s.text())
                        .append(s.italic() ? "_" : "").append(s.bold() ? "**" : "");
            }
            sb.append('\n');
        }
        return sb.toString().replace("****", "").replace("__", "");
    }

    private static Report report(Random rnd) {
        Report r = new Report();
        String unit = pick(rnd, UNITS);
        r.setTitle(unit + pick(rnd, TITLES));
        r.setOpening(paragraphs(rnd, rnd.nextInt(3)));
        for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
            r.root().add(section(rnd, 1));
        }
        if (rnd.nextInt(4) > 0) {
            r.setSignature(unit);
            r.setDate("2025年" + (1 + rnd.nextInt(12)) + "月" + (1 + rnd.nextInt(28)) + "日");
        }
        return r;
    }

    private static Section section(Random rnd, int depth) {
        boolean runIn = depth > 1 && rnd.nextInt(3) > 0;
        String heading = pick(rnd, VERBS) + pick(rnd, TOPICS) + (rnd.nextBoolean() ? "，" + pick(rnd, VERBS) + pick(rnd, TOPICS) : "");
        RichText body = paragraphs(rnd, runIn ? 1 + rnd.nextInt(2) : rnd.nextInt(3));
        Section s = new Section(runIn ? heading + "。" : heading, body);
        s.setRunIn(runIn);
        if (depth < Numbering.MAX_DEPTH && rnd.nextInt(depth + 1) == 0) {
            for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
                s.add(section(rnd, depth + 1));
            }
        }
        return s;
    }

    private static RichText paragraphs(Random rnd, int n) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Span> spans = new ArrayList<>();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                int style = rnd.nextInt(6);
                spans.add(new Span(pick(rnd, VERBS) + pick(rnd, TOPICS), style == 0, style == 1, false));
                spans.add(Span.plain("，" + pick(rnd, CLAUSES) + "。"));
            }
            ps.add(new Paragraph(spans));
        }
        return RichText.of(ps);
    }

    private static String pick(Random rnd, String[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
