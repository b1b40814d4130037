package org.reportdesk.library;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Starts the next period's report from an earlier one: same structure and text, moved one period
 * on. What changes, and why (docs/roll-forward.md has examples):
 * <ul>
 * <li>year and period advance ({@link Period#next()}, a new year after 下半年, 全年 and 第四季度);</li>
 * <li>in the title, the headings, the 开头语 and the 附件 names, references to the old report's own
 *     period become the new period, and references to the period it planned for (its 下半年工作计划)
 *     become the one after that: {@code 2025年上半年工作总结和下半年工作计划} →
 *     {@code 2025年下半年工作总结和2026年上半年工作计划}. A year is written where the text had one
 *     first, and wherever the year differs from the one before it; other years
 *     ({@code 2020年以来}) are history and stay;</li>
 * <li>section bodies keep last period's words and figures, and every section is marked
 *     {@code needsReview} until the user touches it: the facts are last period's;</li>
 * <li>the 成文日期 is cleared; unit, 署名, 主送机关 and extra fields stay.</li>
 * </ul>
 * A report without year or period takes them from the first {@code 2025年上半年}-like phrase
 * of its title; with no year at all only the structure is copied.
 */
public final class RollForward {

    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(上半年|下半年|全年|第一季度|第二季度|第三季度|第四季度)|(\\d{4})(?=\\s*年)");

    private final int year;
    private final Period period;
    private final int nextYear;
    private final Period nextPeriod;
    private final int afterYear;
    private final Period afterPeriod;

    private RollForward(int year, Period period) {
        this.year = year;
        this.period = period;
        this.nextYear = period.nextIsNewYear() ? year + 1 : year;
        this.nextPeriod = period.next();
        this.afterYear = nextPeriod.nextIsNewYear() ? nextYear + 1 : nextYear;
        this.afterPeriod = nextPeriod.next();
    }

    /** The next period's report; {@code previous} is not changed. */
    public static Report next(Report previous) {
        int y = previous.year() > 0 ? previous.year() : yearIn(previous.title()).orElse(0);
        Period p = previous.period() != null ? previous.period() : periodIn(previous.title()).orElse(Period.YEAR);
        Report r = new Report();
        r.setUnit(previous.unit());
        r.setRecipient(previous.recipient());
        r.setSignature(previous.signature());
        r.extraFields().putAll(previous.extraFields());
        RollForward shift = y > 0 ? new RollForward(y, p) : null;
        r.setYear(shift == null ? 0 : shift.nextYear);
        r.setPeriod(shift == null ? previous.period() : shift.nextPeriod);
        r.setTitle(shift == null ? previous.title() : shift.text(previous.title()));
        r.setOpening(shift == null ? previous.opening() : shift.text(previous.opening()));
        for (String a : previous.attachments()) {
            r.attachments().add(shift == null ? a : shift.text(a));
        }
        for (Section s : previous.sections()) {
            Section c = s.copy();
            markForReview(c, shift);
            r.root().add(c);
        }
        r.setDate("");
        return r;
    }

    /** One text moved one period on. */
    String text(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int contextYear = nextYear;
        boolean first = true;
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                int y = Integer.parseInt(m.group(3));
                int moved = y == year ? nextYear : y == nextYear ? afterYear : y;
                replacement = Integer.toString(moved);
                contextYear = moved;
            } else {
                Period label = Period.fromLabel(m.group(2)).orElseThrow();
                Integer written = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                int y;
                Period p;
                if (isReference(written, label, year, period)) {
                    y = nextYear;
                    p = nextPeriod;
                } else if (isReference(written, label, nextYear, nextPeriod)) {
                    y = afterYear;
                    p = afterPeriod;
                } else {
                    y = written != null ? written : contextYear;
                    p = label;
                }
                boolean withYear = written != null && first || y != contextYear;
                replacement = (withYear ? y + "年" : "") + p.label();
                contextYear = y;
            }
            first = false;
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private RichText text(RichText t) {
        return t.mapText(this::text);
    }

    private static boolean isReference(Integer written, Period label, int y, Period p) {
        return label == p && (written == null || written == y);
    }

    private static void markForReview(Section s, RollForward shift) {
        s.setNeedsReview(true);
        if (shift != null) {
            s.setHeading(shift.text(s.heading()));
        }
        for (Section c : s.children()) {
            markForReview(c, shift);
        }
    }

    private static Optional<Integer> yearIn(String title) {
        Matcher m = REFERENCE.matcher(title);
        while (m.find()) {
            String y = m.group(1) != null ? m.group(1) : m.group(3);
            if (y != null) {
                return Optional.of(Integer.valueOf(y));
            }
        }
        return Optional.empty();
    }

    private static Optional<Period> periodIn(String title) {
        Matcher m = REFERENCE.matcher(title);
        while (m.find()) {
            if (m.group(2) != null) {
                return Period.fromLabel(m.group(2));
            }
        }
        return Optional.empty();
    }
}
