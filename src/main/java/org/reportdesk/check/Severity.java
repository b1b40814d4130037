package org.reportdesk.check;

import java.util.Locale;

/** How bad a finding is. An ERROR must be fixed before the report is submitted. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning}, {@code info}: as printed by {@code check --json}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
