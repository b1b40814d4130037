package org.reportdesk.check;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Report;

/** Runs every preflight rule over a report. Stateless; see {@link IncrementalChecker} for live checking. */
public final class Preflight {

    private final List<Rule> rules;

    public Preflight() {
        this(defaultRules());
    }

    public Preflight(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static List<Rule> defaultRules() {
        return List.of(new PlaceholderRule(), new FieldRule(), new NumberingRule(), new SourceNumberingRule(), new OrdinalRule(),
                new HalfWidthPunctuationRule(), new BracketBalanceRule(), new DocNumberRule(), new FullWidthAlnumRule(),
                new YearRule(), new DateRule(), new EmptyRule(), new DuplicateRule(), new LayoutRule(), new TableRule(true));
    }

    /** A full check of the report as it is now. */
    public CheckResult check(Report report) {
        ReportContext ctx = Contexts.of(report);
        List<Finding> all = new ArrayList<>(checkReportWide(ctx));
        for (SectionContext s : ctx.sections()) {
            all.addAll(checkSection(s));
        }
        return sorted(report, all);
    }

    List<Finding> checkSection(SectionContext section) {
        List<Finding> out = new ArrayList<>();
        FindingSink sink = new FindingSink(out);
        for (Rule r : rules) {
            r.checkSection(section, sink);
        }
        return out;
    }

    List<Finding> checkReportWide(ReportContext report) {
        List<Finding> out = new ArrayList<>();
        FindingSink sink = new FindingSink(out);
        for (Rule r : rules) {
            r.checkReport(report, sink);
        }
        return out;
    }

    static CheckResult sorted(Report report, List<Finding> findings) {
        DocumentOrder order = new DocumentOrder(report);
        order.sort(findings);
        return new CheckResult(findings, order);
    }
}
