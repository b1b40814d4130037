package org.reportdesk.docx;

import java.util.List;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

/** Our own sample report texts (written for the tests, not taken from any real report). */
public final class SampleReports {

    public static final String UNIT = "云溪县教育局";

    private SampleReports() {
    }

    /** A short report using every element: title, recipient, opening, four heading levels, run-in, attachments. */
    public static Report small() {
        Report r = new Report();
        r.setUnit(UNIT);
        r.setYear(2025);
        r.setPeriod(Period.FIRST_HALF);
        r.setTitle("{{单位名称}}{{年度}}年{{时段}}工作总结");
        r.setRecipient("县人民政府");
        r.setOpening(RichText.ofPlain("今年以来，我局坚持以人民满意为导向，围绕“办好每一所学校、教好每一个学生”的目标，"
                + "扎实推进各项重点工作，全县教育事业保持稳中有进的良好态势。现将上半年工作总结如下。"));
        Section one = new Section("上半年主要工作", RichText.EMPTY);
        r.root().add(one);
        Section a = new Section("a", "强基础，夯实发展基石", true, RichText.ofPlain(
                "新建改扩建校舍三处，新增学位一千二百个，城区大班额问题基本解决。\n完成农村学校食堂提质改造十六所。"));
        one.add(a);
        Section b = new Section("抓队伍，提升育人能力", RichText.of(List.of(new Paragraph(List.of(
                Span.plain("组织全员培训两轮，"), new Span("参训教师两千余人次", true, false, false),
                Span.plain("，评选"), new Span("骨干教师", false, true, false), Span.plain("八十名，"),
                new Span("名师工作室", false, false, true), Span.plain("增至十二个。"))))));
        one.add(b);
        Section c = new Section("教研工作");
        b.add(c);
        c.add(new Section("听课评课", RichText.ofPlain("教研员深入课堂听课四百余节，逐校反馈改进意见。")));
        Section two = new Section("存在的问题", RichText.ofPlain("城乡之间办学条件仍有差距，部分学校教师结构性缺编。"));
        r.root().add(two);
        r.attachments().add("1.上半年重点项目进度表。");
        r.attachments().add("教师培训情况统计表");
        r.setSignature(UNIT);
        r.setDate("2025年07月05日");
        return r;
    }

    private static final String[] SENTENCES = {
        "我们把学前教育普及普惠作为民生实事来抓，新增公办幼儿园学位六百个，普惠性幼儿园覆盖率稳步提高。",
        "义务教育阶段全面落实“双减”要求，各校作业总量和时长得到有效控制，课后服务实现应开尽开。",
        "高中阶段教育坚持多样化发展，选课走班教学管理更加规范，学生综合素质评价制度逐步完善。",
        "职业教育围绕县域主导产业调整专业设置，与十余家本地企业共建实训基地，校企合作不断深化。",
        "教师队伍建设方面，通过公开招聘、县管校聘和城乡交流等办法，逐步缓解农村学校学科教师不足的问题。",
        "安全工作始终绷紧一根弦，定期开展校园安全隐患排查整治，防溺水、交通安全等专题教育覆盖全体学生。",
        "教育经费保障有力，各项资助政策落实到位，没有一名学生因家庭经济困难而失学辍学。",
        "信息化建设加快推进，所有中小学接入千兆宽带，智慧课堂应用案例在全市评比中获得好评。",
    };

    /** A report of three pages: three sections of two subsections of two long paragraphs, a sealed signature. */
    public static Report threePages() {
        Report r = new Report();
        r.setUnit(UNIT);
        r.setTitle("云溪县教育局关于2025年度义务教育优质均衡发展推进情况的工作总结");
        r.setOpening(RichText.ofPlain("按照县委、县政府的统一部署，我局紧扣年度目标任务，狠抓工作落实，各项工作取得了新的进展。"
                + "现将有关情况报告如下。"));
        String[] headings = {"主要工作及成效", "存在的困难和问题", "下一步工作打算"};
        int s = 0;
        for (String h : headings) {
            Section sec = new Section(h);
            r.root().add(sec);
            for (int k = 0; k < 2; k++) {
                StringBuilder body = new StringBuilder();
                for (int p = 0; p < 2; p++) {
                    if (p > 0) {
                        body.append('\n');
                    }
                    body.append(SENTENCES[s++ % SENTENCES.length]).append(SENTENCES[s++ % SENTENCES.length]);
                }
                sec.add(new Section(h.substring(0, 2) + "方面之" + (k + 1), RichText.ofPlain(body.toString())));
            }
        }
        r.setSignature(UNIT);
        r.setDate("2025年12月20日");
        return r;
    }

    /**
     * A report of roughly {@code chars} characters in {@code headings} headings (for the benchmark):
     * our sentences interleaved with pseudo-random common characters, so the text compresses about
     * as badly as real prose.
     */
    public static Report large(int chars, int headings) {
        Report r = new Report();
        r.setUnit(UNIT);
        r.setTitle("云溪县教育局2025年工作总结");
        java.util.Random random = new java.util.Random(42);
        int perHeading = chars / (headings - headings / 10);
        int s = 0;
        Section top = null;
        for (int h = 0; h < headings; h++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < perHeading) {
                body.append(SENTENCES[s++ % SENTENCES.length]);
                body.append(randomClause(random)).append('。');
                if (random.nextInt(4) == 0) {
                    body.append('\n');
                }
            }
            Section sec = new Section("第" + (h + 1) + "项重点工作推进情况", RichText.ofPlain(body.toString()));
            if (h % 10 == 0) {
                top = new Section("工作板块" + (h / 10 + 1));
                r.root().add(top);
                top.setBody(RichText.ofPlain(SENTENCES[h % SENTENCES.length]));
            } else {
                top.add(sec);
            }
        }
        r.setSignature(UNIT);
        r.setDate("2025年12月20日");
        return r;
    }

    /** 10–40 characters from GB2312 level 1 (the 3,755 most common hanzi), with a comma now and then. */
    private static String randomClause(java.util.Random random) {
        int n = 10 + random.nextInt(30);
        byte[] gb = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            int row = 0xB0 + random.nextInt(0xD7 - 0xB0);
            gb[2 * i] = (byte) row;
            gb[2 * i + 1] = (byte) (0xA1 + random.nextInt(94));
        }
        String clause = new String(gb, java.nio.charset.Charset.forName("GB2312"));
        return clause.substring(0, n / 2) + "，" + clause.substring(n / 2);
    }
}
