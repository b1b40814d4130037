package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years that do not fit the report's period: a deadline already past in a plan, a heading or
 * title naming another year, 今年 beside another year. Years quoted in 《…》 or 〔…〕 and ranges
 * (2021—2025年) are left alone.
 */
final class YearRule implements Rule {

    static final String PAST_DEADLINE = "year.pastDeadline";
    static final String HEADING = "year.heading";
    static final String TITLE = "year.title";
    static final String THIS_YEAR = "year.thisYear";

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?=\\s?年)");
    private static final Pattern DEADLINE_AFTER = Pattern.compile(
            "\\s?年(?:\\d{1,2}月(?:\\d{1,2}日)?|上半年|下半年|年底|年末|底|末|度)?(?:前|以前|之前|内)");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?:力争|争取|确保|计划|预计|到|于)$");
    private static final Pattern THIS_YEAR_CLAIM = Pattern.compile("(?:今年|本年度?)\\s?[（(]?\\s?((?:19|20)\\d{2})(?=\\s?年|[)）])");

    @Override
    public void checkSection(SectionContext section, FindingSink out) {
        int year = section.report().year();
        if (year <= 0) {
            return;
        }
        TextRef heading = section.heading();
        forEachYear(heading, (start, end, y) -> {
            boolean wrong = section.planContext() ? y < year : y != year;
            if (wrong) {
                flag(out, HEADING, Severity.WARNING, heading, start, end,
                        section.planContext() ? "check.year.headingPlan" : "check.year.heading", y, year);
            }
        });
        for (TextRef t : section.texts()) {
            if (section.planContext()) {
                checkDeadlines(t, year, out);
            }
            checkThisYear(t, year, out);
        }
    }

    @Override
    public void checkReport(ReportContext report, FindingSink out) {
        int year = report.context().year();
        if (year <= 0) {
            return;
        }
        for (TextRef t : report.partTexts()) {
            if (t.target() == TextTarget.TITLE) {
                forEachYear(t, (start, end, y) -> {
                    if (y != year && y != year + 1) {
                        flag(out, TITLE, Severity.WARNING, t, start, end, "check.year.title", y, year);
                    }
                });
            }
            if (t.target() == TextTarget.OPENING || t.target() == TextTarget.TITLE) {
                checkThisYear(t, year, out);
            }
        }
    }

    private interface YearAction {
        void at(int start, int end, int year);
    }

    private static void forEachYear(TextRef t, YearAction action) {
        String s = t.text();
        if (s.indexOf('年') < 0) {
            return;
        }
        boolean[] quoted = null;
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            if (quoted == null) {
                quoted = YearMasks.quoted(s);
            }
            if (!quoted[m.start()] && !YearMasks.inRange(s, m.start(), m.end())) {
                action.at(m.start(), m.end(), Integer.parseInt(m.group(1)));
            }
        }
    }

    private static void checkDeadlines(TextRef t, int year, FindingSink out) {
        String s = t.text();
        forEachYear(t, (start, end, y) -> {
            if (y >= year) {
                return;
            }
            boolean deadline = DEADLINE_AFTER.matcher(s).region(end, s.length()).lookingAt()
                    || DEADLINE_BEFORE.matcher(s.substring(Math.max(0, start - 2), start)).find();
            if (deadline) {
                flag(out, PAST_DEADLINE, Severity.WARNING, t, start, end, "check.year.pastDeadline", y, year);
            }
        });
    }

    private static void checkThisYear(TextRef t, int year, FindingSink out) {
        String s = t.text();
        if (s.indexOf("今年") < 0 && s.indexOf("本年") < 0) {
            return;
        }
        Matcher m = THIS_YEAR_CLAIM.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y != year) {
                flag(out, THIS_YEAR, Severity.ERROR, t, m.start(), m.end(1), "check.year.thisYear", y, year);
            }
        }
    }

    /** Years go into messages as text: MessageFormat would print 2,025. */
    private static void flag(FindingSink out, String rule, Severity severity, TextRef t, int start, int end, String key,
                             int found, int reportYear) {
        out.add(rule, severity, t, start, end, null, key, String.valueOf(found), String.valueOf(reportYear));
    }
}
