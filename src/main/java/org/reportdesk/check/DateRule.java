package org.reportdesk.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;

/**
 * 署名 and 成文日期: both present; the date written {@code 2025年7月5日} (GB/T 9704 7.3.5.4: Arabic
 * numerals, full year, no zero padding), a real calendar date, not before the report's year.
 */
final class DateRule implements Rule {

    static final String MISSING = "date.missing";
    static final String SIGNATURE_MISSING = "date.signatureMissing";
    static final String FORMAT = "date.format";
    static final String INVALID = "date.invalid";
    static final String BEFORE_YEAR = "date.beforeYear";

    private static final Pattern ARABIC = Pattern.compile("(\\d{4})\\s*(?:年|[.\\-/．])\\s*(\\d{1,2})\\s*(?:月|[.\\-/．])\\s*(\\d{1,2})\\s*日?");
    private static final Pattern CHINESE = Pattern.compile(
            "([〇零○ＯO一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern PLACEHOLDER = Pattern.compile("[xXｘＸ_＿□×*＊]|某某");
    private static final String YEAR_DIGITS = "〇一二三四五六七八九";

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        String where = Parts.name(TextTarget.DATE);
        String date = report.report().date().strip();
        if (report.report().signature().isBlank()) {
            out.addAt(SIGNATURE_MISSING, Severity.WARNING, Parts.name(TextTarget.SIGNATURE),
                    Location.of(TextTarget.SIGNATURE, null), "", null, "check.date.signatureMissing");
        }
        if (date.isEmpty()) {
            out.addAt(MISSING, Severity.ERROR, where, Location.of(TextTarget.DATE, null), "", null, "check.date.missing");
            return;
        }
        String raw = report.report().date();
        TextRef t = new TextRef(TextTarget.DATE, null, where, 0, raw);
        int[] ymd = parse(toHalfWidth(date));
        if (ymd == null && PLACEHOLDER.matcher(date).find()) {
            return; // reported as a placeholder
        }
        if (ymd == null) {
            out.add(FORMAT, Severity.ERROR, t, 0, raw.length(), null, "check.date.unreadable", raw);
            return;
        }
        try {
            LocalDate.of(ymd[0], ymd[1], ymd[2]);
        } catch (DateTimeException e) {
            out.add(INVALID, Severity.ERROR, t, 0, raw.length(), null, "check.date.invalid", raw);
            return;
        }
        String canonical = ymd[0] + "年" + ymd[1] + "月" + ymd[2] + "日";
        if (!canonical.equals(raw)) {
            out.add(FORMAT, Severity.WARNING, t, 0, raw.length(), canonical, "check.date.format", raw, canonical);
        }
        int year = report.context().year();
        boolean planWrittenBefore = report.context().planReport() && ymd[0] == year - 1;
        if (year > 0 && ymd[0] < year && !planWrittenBefore) {
            out.add(BEFORE_YEAR, Severity.WARNING, t, 0, raw.length(), null, "check.date.beforeYear", raw, String.valueOf(year));
        }
    }

    /** Year, month, day of a date in any of the usual spellings, or null. */
    static int[] parse(String s) {
        Matcher m = ARABIC.matcher(s);
        if (m.matches()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        }
        m = CHINESE.matcher(s);
        if (m.matches()) {
            int y = 0;
            for (char c : m.group(1).toCharArray()) {
                int d = YEAR_DIGITS.indexOf(c);
                y = y * 10 + Math.max(d, 0);
            }
            int month = Numbering.parseChinese(m.group(2));
            int day = Numbering.parseChinese(m.group(3));
            return month > 0 && day > 0 ? new int[] {y, month, day} : null;
        }
        return null;
    }

    private static String toHalfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString();
    }
}
