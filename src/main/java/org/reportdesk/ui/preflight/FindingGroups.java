package org.reportdesk.ui.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportdesk.check.CheckResult;
import org.reportdesk.check.Finding;
import org.reportdesk.check.Severity;

/** Findings grouped for the panel: by severity (errors first), then by section in reading order. */
public final class FindingGroups {

    /** @param where a section's numbering path or a part name (标题, 署名 …) */
    public record SectionGroup(String where, List<Finding> findings) {
    }

    public record SeverityGroup(Severity severity, int count, List<SectionGroup> sections) {
    }

    private FindingGroups() {
    }

    /** Only severities that have findings appear. */
    public static List<SeverityGroup> of(CheckResult result) {
        List<SeverityGroup> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            Map<String, List<Finding>> bySection = new LinkedHashMap<>();
            int count = 0;
            for (Finding f : result.findings()) {
                if (f.severity() == s) {
                    bySection.computeIfAbsent(f.section(), k -> new ArrayList<>()).add(f);
                    count++;
                }
            }
            if (count > 0) {
                List<SectionGroup> sections = new ArrayList<>();
                bySection.forEach((where, fs) -> sections.add(new SectionGroup(where, List.copyOf(fs))));
                out.add(new SeverityGroup(s, count, List.copyOf(sections)));
            }
        }
        return out;
    }
}
