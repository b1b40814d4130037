package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** report → PlainTextWriter → OutlineParser gives back the same outline and text, for many generated reports. */
class RoundTripPropertyTest {

    private static final String[] UNITS = {"青山县教育局", "东湖区教育局", "某市教育局", "河西镇中心学校"};
    private static final String[] TITLES = {"2025年工作总结", "2025年上半年工作总结和下半年工作计划", "2026年工作要点", "学生资助工作总结"};
    private static final String[] VERBS = {"强化", "深化", "推进", "完善", "落实", "提升", "健全", "加强"};
    private static final String[] TOPICS = {"党建引领", "队伍建设", "课后服务", "校园安全", "教研体系", "资助政策", "督导评估",
        "集团化办学", "劳动教育", "信息化应用", "控辍保学", "营养改善计划"};
    private static final String[] CLAUSES = {"全年新增学位1200个", "开展专项检查6次", "覆盖学校46所",
        "发放资金356.5万元", "组织培训3期", "受益学生8600人次", "完成改造项目12个", "建成示范校3所"};

    @Test
    void plainTextRoundTripKeepsOutlineAndText() {
        Random rnd = new Random(20250705L);
        for (int i = 0; i < 300; i++) {
            Report original = report(rnd);
            String text = PlainTextWriter.write(original);
            List<Report> back = OutlineParser.parse(text);
            assertThat(back).as(text).hasSize(1);
            Report r = back.get(0);
            assertThat(r.title()).as(text).isEqualTo(original.title());
            assertThat(r.opening()).as(text).isEqualTo(original.opening());
            assertThat(r.attachments()).as(text).isEqualTo(original.attachments());
            assertThat(r.signature()).as(text).isEqualTo(original.signature());
            assertThat(r.date()).as(text).isEqualTo(original.date());
            assertThat(outline(r.sections())).as(text).isEqualTo(outline(original.sections()));
            assertThat(PlainTextWriter.write(r)).isEqualTo(text);
        }
    }

    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.path() + "|" + s.heading() + "|" + s.runIn() + "|" + s.body().plainText());
            out.addAll(outline(s.children()));
        }
        return out;
    }

    private static Report report(Random rnd) {
        Report r = new Report();
        String unit = pick(rnd, UNITS);
        r.setTitle(unit + pick(rnd, TITLES));
        r.setOpening(paragraphs(rnd, rnd.nextInt(3)));
        int top = 1 + rnd.nextInt(4);
        for (int i = 0; i < top; i++) {
            r.root().add(section(rnd, 1));
        }
        for (int i = rnd.nextInt(3); i > 0; i--) {
            r.attachments().add(pick(rnd, TOPICS) + "情况统计表");
        }
        if (rnd.nextBoolean()) {
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
        if (depth < Numbering.MAX_DEPTH && rnd.nextInt(3) == 0) {
            for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
                s.add(section(rnd, depth + 1));
            }
        }
        return s;
    }

    private static RichText paragraphs(Random rnd, int n) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
                sb.append(pick(rnd, VERBS)).append(pick(rnd, TOPICS)).append("，").append(pick(rnd, CLAUSES)).append("。");
            }
            ps.add(Paragraph.of(sb.toString()));
        }
        return RichText.of(ps);
    }

    private static String pick(Random rnd, String[] a) {
        return a[rnd.nextInt(a.length)];
    }
}
