package org.reportdesk.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's title looks like on the web: a unit, a year or period and a kind of report
 * (工作总结, 计划, 要点, 述职报告 …), with the site's decorations around it — counts of a collection
 * ((大全5篇), 汇总十篇, (必备17篇)), 【完整版】, 范文, a viewer's {@code .docx} or {@code _第1页} —
 * which {@link #clean} takes off.
 */
final class TitleText {

    private static final String KIND = "(工作总结|总结报告|工作计划|工作要点|工作报告|述职报告|工作汇报|工作思路|工作打算|工作安排|"
            + "工作规划|发展规划|工作谋划|总结|计划|要点|报告|汇报|规划|思路|打算|安排|方案)";
    private static final Pattern NAMES_REPORT = Pattern.compile(KIND);
    private static final String DECORATION_WORDS = "篇|完整|精选|推荐|范文|范例|大全|合集|汇总|锦集|版|通用|热门|优秀|最新|必备|模板|精品|原创|参考";
    private static final Pattern[] DECORATIONS = {
        Pattern.compile("[（(【\\[][^（(【\\[）)】\\]]{0,12}(" + DECORATION_WORDS + ")[^（(【\\[）)】\\]]{0,8}[）)】\\]]$"),
        Pattern.compile("[.．](docx?|pdf|txt|wps)$", Pattern.CASE_INSENSITIVE),
        Pattern.compile("_?第[0-9]+页$"),
        Pattern.compile("[ \\t]*[0-9]{2,5}字$"),
        Pattern.compile("(汇总|合集|锦集|精选|优秀|热门|通用|必备|大全)?[0-9一二三四五六七八九十]{1,3}篇$"),
        Pattern.compile("(范文稿|范文|范例|范本|模板|大全|多篇|合集|锦集|汇总)$"),
    };
    private static final Pattern NOT_A_TITLE_START = Pattern.compile("^(现将|根据|按照|为了|为|在|今年|我|本|半年来|一年来)");

    private TitleText() {
    }

    /** Whether {@code t} names a kind of report (and reads as a title, not a sentence). */
    static boolean namesReport(String t) {
        return t.length() <= OutlineParser.MAX_TITLE + 20 && t.indexOf('。') < 0 && NAMES_REPORT.matcher(t).find()
                && !NOT_A_TITLE_START.matcher(t).find();
    }

    /** {@code t} without the site's decorations at its end, and without 《》 around it. */
    static String clean(String t) {
        String s = t.strip();
        if (s.length() > 2 && s.charAt(0) == '《' && s.charAt(s.length() - 1) == '》' && s.indexOf('》') == s.length() - 1) {
            s = s.substring(1, s.length() - 1);
        }
        boolean changed = true;
        while (changed && s.length() > 4) {
            changed = false;
            for (Pattern p : DECORATIONS) {
                Matcher m = p.matcher(s);
                if (m.find() && m.start() >= 4 && NAMES_REPORT.matcher(s.substring(0, m.start())).find()) {
                    s = s.substring(0, m.start()).strip();
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * Where the title ends in a long line that starts with it (a viewer's flattened page:
     * {@code 教育局2020上半年工作总结报告范文稿2020年，教育在…}), or -1.
     */
    static int titleAtStart(String t) {
        int stop = t.length();
        for (int i = 0; i < Math.min(t.length(), 70); i++) {
            if ("，。；：、,;:".indexOf(t.charAt(i)) >= 0) {
                stop = i;
                break;
            }
        }
        String head = t.substring(0, Math.min(stop, 70));
        if (NOT_A_TITLE_START.matcher(head).find() || HeadingLabel.parse(head) != null) {
            return -1;
        }
        int end = -1;
        Matcher m = NAMES_REPORT.matcher(head);
        while (m.find()) {
            end = m.end();
        }
        if (end < 4) {
            return -1;
        }
        Matcher d = Pattern.compile("^(报告)?(范文稿|范文|范例|范本)?").matcher(head.substring(end));
        boolean decorated = d.find() && d.end() > 0 && d.group(2) != null;
        end += d.end();
        if (end >= t.length() || t.length() - end < 20) {
            return -1;
        }
        char next = t.charAt(end);
        boolean opens = decorated || Character.isWhitespace(next) || next == '\u3000' || Character.isDigit(next)
                || next == 'x' || next == 'X' || next == '×' || HeadingLabel.parse(t.substring(end)) != null;
        return opens ? end : -1;
    }
}
