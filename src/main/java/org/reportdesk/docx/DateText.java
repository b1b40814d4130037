package org.reportdesk.docx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 in the form GB/T 9704 7.3.5.4 asks for: {@code 2025年7月5日}. */
public final class DateText {

    private static final Pattern DATE = Pattern.compile("^\\s*(\\S+?)\\s*年\\s*(\\S+?)\\s*月\\s*(\\S+?)\\s*日\\s*$");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private DateText() {
    }

    /**
     * Arabic numerals, full year, no zero padding: {@code 2025年07月05日} and
     * {@code 二〇二五年七月五日} become {@code 2025年7月5日}. Text that is not such a date stays as written.
     */
    public static String arabic(String date) {
        if (date == null) {
            return "";
        }
        Matcher m = DATE.matcher(date);
        if (!m.matches()) {
            return date.strip();
        }
        int year = yearValue(m.group(1));
        int month = value(m.group(2));
        int day = value(m.group(3));
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) {
            return date.strip();
        }
        return year + "年" + month + "月" + day + "日";
    }

    public static String format(String date, DateStyle style) {
        return style == DateStyle.ARABIC ? arabic(date) : (date == null ? "" : date.strip());
    }

    private static int yearValue(String s) {
        String digits = asciiDigits(s);
        if (digits.matches("\\d{4}")) {
            return Integer.parseInt(digits);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int d = CHINESE_DIGITS.indexOf(s.charAt(i));
            if (d < 0 && s.charAt(i) != '零') {
                return -1;
            }
            sb.append(d < 0 ? 0 : d);
        }
        return sb.length() == 4 ? Integer.parseInt(sb.toString()) : -1;
    }

    private static int value(String s) {
        String digits = asciiDigits(s);
        if (digits.matches("\\d{1,2}")) {
            return Integer.parseInt(digits);
        }
        int v = org.reportdesk.model.Numbering.parseChinese(s);
        return v > 0 ? v : -1;
    }

    private static String asciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return sb.toString();
    }
}
