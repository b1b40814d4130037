package org.reportdesk.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the anonymising placeholders of model texts ({@code xx}, {@code XX}, {@code ××},
 * {@code 20_年}, {@code xxxx年}, {@code ＿＿}, {@code □}, {@code 某某}, {@code **}) into the
 * project's explicit blanks, named by what they stand for: {@code 【年份】年}, {@code 【数字】个},
 * {@code 【名称】}. Used when sections are saved into the template library; the checker finds blanks
 * before export.
 */
public final class PlaceholderBlanks {

    public static final String YEAR = "【年份】";
    public static final String NUMBER = "【数字】";
    public static final String NAME = "【名称】";

    private static final String P = "(?:[xX×＊*]{1,6}|[_＿]{1,6}|□{1,6}|某某|[ｘＸ]{1,6})";
    /** A year: 20xx年, 20_年, xxxx年, 20××年 (a digit prefix, or four placeholder characters). */
    private static final Pattern YEAR_PATTERN = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(?:19|20)(?:[xX×_＿□]{1,2})|[xX×_＿]{4})(?=年)");
    /** A figure: a placeholder before a unit or a counter, or inside a number (3x.5万元). */
    private static final Pattern NUMBER_PATTERN = Pattern.compile(
            "(?<![A-Za-z])(?:[0-9.]*" + P + "[0-9.]*)(?=[ \\t]*(?:万元|亿元|元|人次|人|名|所|个|次|项|件|家|户|场|篇|节|期|批|台|套|间|张|"
                    + "平方米|万平方米|亩|公里|米|天|小时|月|日|周|年度|%|％|余|多|余万|万|亿|倍|座|辆|本|册|课时|学时|分|位|条|支|班|校|园))");
    private static final Pattern NAME_PATTERN = Pattern.compile("(?<![A-Za-z])" + P + "(?![A-Za-z])");

    private PlaceholderBlanks() {
    }

    public static String toBlanks(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = YEAR_PATTERN.matcher(text).replaceAll(Matcher.quoteReplacement(YEAR));
        t = NUMBER_PATTERN.matcher(t).replaceAll(Matcher.quoteReplacement(NUMBER));
        return NAME_PATTERN.matcher(t).replaceAll(Matcher.quoteReplacement(NAME));
    }

    /** Whether {@code text} still holds an anonymising placeholder. */
    public static boolean hasPlaceholder(String text) {
        return text != null && !toBlanks(text).equals(text);
    }
}
