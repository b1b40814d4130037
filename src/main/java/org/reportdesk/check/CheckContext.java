package org.reportdesk.check;

import java.util.Map;
import java.util.regex.Pattern;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;

/**
 * The report-wide facts that section rules depend on. Part of every cached section's key, so a
 * change here (another year, a renamed field) re-checks every section.
 *
 * @param year       the report's year, 0 when unset
 * @param planReport the report as a whole is a plan (工作计划/要点/打算), not a summary
 */
public record CheckContext(int year, Period period, boolean planReport, Map<String, String> fieldValues) {

    private static final Pattern PLAN_TITLE = Pattern.compile("计划|要点|打算|思路|谋划|规划|安排");
    private static final Pattern SUMMARY_TITLE = Pattern.compile("总结|述职|汇报|报告");

    public CheckContext {
        fieldValues = Map.copyOf(fieldValues);
    }

    public static CheckContext of(Report r) {
        String t = r.title();
        boolean plan = PLAN_TITLE.matcher(t).find() && !SUMMARY_TITLE.matcher(t).find();
        return new CheckContext(r.year(), r.period(), plan, r.fieldValues());
    }
}
