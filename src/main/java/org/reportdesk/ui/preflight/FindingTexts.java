package org.reportdesk.ui.preflight;

import java.util.List;
import org.reportdesk.check.CheckResult;
import org.reportdesk.check.Finding;
import org.reportdesk.check.Severity;
import org.reportdesk.i18n.Messages;

/** What the status bar and the export warning say about a check. */
final class FindingTexts {

    private static final int WARNING_LINES = 5;

    private FindingTexts() {
    }

    /** 「2 个错误，5 个警告」, or 未发现问题. */
    static String summary(CheckResult r) {
        if (r.isClean()) {
            return Messages.get("check.ui.clean");
        }
        StringBuilder sb = new StringBuilder();
        for (Severity s : Severity.values()) {
            long n = r.count(s);
            if (n > 0) {
                sb.append(sb.length() == 0 ? "" : Messages.get("check.ui.separator"))
                        .append(Messages.get("check.ui.count." + s.id(), n));
            }
        }
        return sb.toString();
    }

    /** The error count and the first few errors with where they are. */
    static String exportWarning(CheckResult r) {
        List<Finding> errors = r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        StringBuilder sb = new StringBuilder(Messages.get("check.ui.exportErrors", errors.size()));
        errors.stream().limit(WARNING_LINES).forEach(f ->
                sb.append('\n').append(Messages.get("check.ui.exportLine", f.section(), f.message())));
        if (errors.size() > WARNING_LINES) {
            sb.append('\n').append(Messages.get("check.ui.exportMore", errors.size() - WARNING_LINES));
        }
        return sb.toString();
    }
}
