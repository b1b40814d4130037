package org.reportdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import org.reportdesk.check.Finding;
import org.reportdesk.check.Preflight;
import org.reportdesk.check.Severity;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;

/**
 * The one line {@code export} prints on stderr when the preflight finds errors, e.g.
 * {@code 检查发现 42 处错误（标题仅有序号 42）…}: the export still happens, but a report full of
 * empty headings no longer leaves the desk without a word.
 */
final class PreflightSummary {

    private static final int NAMED_RULES = 3;

    private PreflightSummary() {
    }

    /**
     * The summary line for the errors and warnings in {@code reports} (a heading left with only its
     * number is a warning), or empty when there is none.
     */
    static String of(List<Report> reports) {
        Preflight preflight = new Preflight();
        Map<String, Integer> perRule = new LinkedHashMap<>();
        int errors = 0;
        int warnings = 0;
        for (Report r : reports) {
            for (Finding f : preflight.check(r).findings()) {
                if (f.severity() != Severity.INFO) {
                    perRule.merge(f.rule(), 1, Integer::sum);
                    errors += f.severity() == Severity.ERROR ? 1 : 0;
                    warnings += f.severity() == Severity.WARNING ? 1 : 0;
                }
            }
        }
        if (errors + warnings == 0) {
            return "";
        }
        List<Map.Entry<String, Integer>> rules = new ArrayList<>(perRule.entrySet());
        rules.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Integer> e : rules.subList(0, Math.min(NAMED_RULES, rules.size()))) {
            parts.add(Messages.get("export.cli.ruleCount", ruleName(e.getKey()), e.getValue()));
        }
        String named = String.join(Messages.get("export.cli.separator"), parts)
                + (rules.size() > NAMED_RULES ? Messages.get("export.cli.more") : "");
        String counts = errors == 0 ? Messages.get("export.cli.warnings", warnings)
                : warnings == 0 ? Messages.get("export.cli.errors", errors)
                : Messages.get("export.cli.errorsAndWarnings", errors, warnings);
        return Messages.get("export.cli.preflight", counts, named);
    }

    private static String ruleName(String rule) {
        try {
            return Messages.bundle().getString("export.cli.rule." + rule);
        } catch (MissingResourceException e) {
            return rule;
        }
    }
}
