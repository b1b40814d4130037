package org.reportdesk.bench;

import java.util.List;
import java.util.Random;
import org.reportdesk.check.Preflight;
import org.reportdesk.check.Rule;
import org.reportdesk.model.Report;

/** Time per rule over the benchmark report, to see where a full check spends its time. */
public final class RuleTimings {

    private RuleTimings() {
    }

    public static void main(String[] args) {
        Report report = PreflightBenchmark.generate(new Random(42), 100_000);
        Preflight none = new Preflight(List.of());
        time("no rules (contexts + sorting)", none, report);
        for (Rule r : Preflight.defaultRules()) {
            time(r.getClass().getSimpleName(), new Preflight(List.of(r)), report);
        }
    }

    private static void time(String name, Preflight p, Report report) {
        for (int i = 0; i < 60; i++) {
            p.check(report);
        }
        long t = System.nanoTime();
        int n = 40;
        int findings = 0;
        for (int i = 0; i < n; i++) {
            findings = p.check(report).findings().size();
        }
        System.out.printf("%-30s %7.2f ms  %d findings%n", name, (System.nanoTime() - t) / 1e6 / n, findings);
    }
}
