package org.reportdesk.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Section;

/**
 * Turns the figures of a concrete text into blanks when it is saved as a template: a number
 * followed by a unit ({@code 12所}, {@code 3.5万元}, {@code 98.6%}, {@code 1200余人},
 * {@code 10-15人}) becomes {@code 【数字】} before the unit, which stays. Years, dates, document
 * numbers ({@code 〔2020〕5号}), ordinals ({@code 第3届}) and list markers ({@code 1.}) are kept, as
 * are numbers written in Chinese characters ({@code 三个方面}: rarely a statistic).
 */
public final class FigureBlanker {

    public static final String BLANK = "【数字】";

    private static final String NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?";
    private static final String UNITS = String.join("|",
            "个百分点", "万平方米", "平方米", "万元", "亿元", "千元", "元", "万人次", "人次", "万人", "人", "名", "位",
            "所", "个", "项", "次", "场", "期", "篇", "件", "台", "套", "间", "亩", "公里", "千米", "米", "小时",
            "学时", "课时", "天", "家", "户", "批", "支", "本", "册", "节", "班", "张", "座", "辆", "处", "条",
            "余所", "万册", "倍", "%", "％", "‰", "万", "亿");
    /** Not after a digit, letter, 第 or 〔 (ordinals, codes); unit not followed by a further CJK unit char like 年. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9０-９A-Za-z.．第〔\\[])" + NUMBER + "(?:\\s*[-~～—至到]\\s*" + NUMBER + ")?"
                    + "(?=(?:余|多)?(?:" + UNITS + "))");

    private FigureBlanker() {
    }

    public static String blank(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = FIGURE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, BLANK);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Blanks the figures of a section's heading and body and of all its descendants, in place. */
    public static void blank(Section s) {
        s.setHeading(blank(s.heading()));
        s.setBody(s.body().mapText(FigureBlanker::blank));
        for (Section c : s.children()) {
            blank(c);
        }
    }
}
