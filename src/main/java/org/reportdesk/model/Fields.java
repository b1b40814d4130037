package org.reportdesk.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named fields of a report ({@code {{单位名称}}}, {@code {{年度}}} …) and their substitution.
 * Templates carry fields; a report fills them once and every template text uses them.
 */
public final class Fields {

    public static final String UNIT = "单位名称";
    public static final String YEAR = "年度";
    public static final String PREVIOUS_YEAR = "上一年度";
    public static final String NEXT_YEAR = "下一年度";
    public static final String PERIOD = "时段";
    public static final String NEXT_PERIOD = "下一时段";

    /** {@code {{name}}}: a named field. */
    public static final Pattern FIELD = Pattern.compile("\\{\\{([^{}\\s]{1,20})\\}\\}");

    /** {@code 【数字】}, {@code 【人数】} …: an explicit blank for a figure the user must fill. */
    public static final Pattern BLANK = Pattern.compile("【[^【】\\n]{0,12}】");

    private Fields() {
    }

    /** The field values a report's unit, year and period define, derived ones included. */
    public static Map<String, String> values(String unit, int year, Period period) {
        Map<String, String> m = new LinkedHashMap<>();
        if (unit != null && !unit.isBlank()) {
            m.put(UNIT, unit.strip());
        }
        if (year > 0) {
            m.put(YEAR, Integer.toString(year));
            m.put(PREVIOUS_YEAR, Integer.toString(year - 1));
            m.put(NEXT_YEAR, Integer.toString(year + 1));
        }
        if (period != null) {
            m.put(PERIOD, period.label());
            m.put(NEXT_PERIOD, nextPeriod(year, period));
        }
        return m;
    }

    /**
     * The period after {@code period} as a report writes it: 上半年 → 下半年, but 下半年 of 2025 →
     * 2026年上半年 and 全年 2025 → 2026年, since that plan belongs to the next year.
     */
    static String nextPeriod(int year, Period period) {
        if (!period.nextIsNewYear() || year <= 0) {
            return period.nextLabel();
        }
        return (year + 1) + "年" + (period == Period.YEAR ? "" : period.nextLabel());
    }

    /** Replaces every known field; unknown fields stay as they are, for the checker to find. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
