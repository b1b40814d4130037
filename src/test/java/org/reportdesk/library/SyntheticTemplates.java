package org.reportdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

/** Generated template libraries for tests and benchmarks: report-like sentences from a fixed vocabulary. */
public final class SyntheticTemplates {

    /** Words of an education bureau's report, two to four characters. */
    public static final List<String> WORDS = List.of(
            "教育", "教学", "质量", "课后", "服务", "双减", "政策", "落实", "推进", "深化", "改革", "师资", "队伍",
            "建设", "培训", "师德", "师风", "校园", "安全", "防溺水", "食品", "消防", "隐患", "排查", "整改", "学前",
            "普惠", "公办园", "义务", "均衡", "优质", "控辍保学", "大班额", "高中", "新课程", "新高考", "特色",
            "职业", "产教融合", "校企合作", "民办", "校外培训", "治理", "信息化", "智慧", "平台", "电子白板",
            "基础设施", "项目", "资助", "帮扶", "营养", "改善", "计划", "督导", "评估", "法治", "依法", "宣传",
            "招生", "考试", "经费", "保障", "投入", "党建", "引领", "廉政", "纪律", "作风", "学习", "教育局",
            "学校", "教师", "学生", "家长", "社会", "满意", "体系", "机制", "制度", "完善", "加强", "提升",
            "持续", "全面", "扎实", "有序", "稳步", "重点", "任务", "目标", "措施", "成效", "问题", "不足",
            "困难", "短板", "弱项", "下一步", "工作", "会议", "精神", "部署", "要求", "考核", "监督", "检查",
            "体育", "美育", "劳动", "心理健康", "德育", "五育并举", "教研", "课堂", "教材", "课程", "评价",
            "乡村", "城区", "农村", "寄宿制", "标准化", "集团化办学", "县管校聘", "交流轮岗", "职称", "招聘");

    private static final String[] PUNCT = {"，", "，", "、", "；"};
    private static final TemplateKind[] KINDS = {TemplateKind.SUMMARY, TemplateKind.PLAN, TemplateKind.PROBLEM,
        TemplateKind.MEASURE};

    private SyntheticTemplates() {
    }

    /** {@code n} unsaved own templates, reproducible for a seed. */
    public static List<Template> generate(int n, long seed) {
        Random rnd = new Random(seed);
        List<Template> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = words(rnd, 2 + rnd.nextInt(3), "");
            Section s = new Section(words(rnd, 2 + rnd.nextInt(2), "") + "。");
            s.setRunIn(true);
            StringBuilder body = new StringBuilder();
            int sentences = 2 + rnd.nextInt(4);
            for (int k = 0; k < sentences; k++) {
                body.append(sentence(rnd));
            }
            s.setBody(RichText.ofPlain(body.toString()));
            String topic = Topics.BUILTIN.get(rnd.nextInt(Topics.BUILTIN.size()));
            out.add(Template.of(null, title, KINDS[rnd.nextInt(KINDS.length)], topic, List.of(),
                    "", null, List.of(s), TemplateSource.OWN));
        }
        return out;
    }

    /** A sentence of several clauses of 2-4 words, ending in 。. */
    public static String sentence(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int clauses = 1 + rnd.nextInt(3);
        for (int c = 0; c < clauses; c++) {
            if (c > 0) {
                sb.append(PUNCT[rnd.nextInt(PUNCT.length)]);
            }
            sb.append(words(rnd, 2 + rnd.nextInt(3), ""));
        }
        return sb.append("。").toString();
    }

    private static String words(Random rnd, int n, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(WORDS.get(rnd.nextInt(WORDS.size())));
        }
        return sb.toString();
    }
}
