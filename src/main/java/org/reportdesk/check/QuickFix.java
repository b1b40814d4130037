package org.reportdesk.check;

import java.util.Objects;
import org.reportdesk.i18n.Messages;

/**
 * A safe correction: replace the text at {@code location}, which must still read
 * {@code expected}, by {@code replacement}. Applied by {@link QuickFixes#apply}.
 */
public record QuickFix(Location location, String expected, String replacement) {

    public QuickFix {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(replacement, "replacement");
        if (expected.length() != location.end() - location.start()) {
            throw new IllegalArgumentException("expected text does not span the location");
        }
    }

    /** What the fix does, for a menu item: 改为“，” or 删除“一、”. */
    public String label() {
        return replacement.isEmpty() ? Messages.get("check.fix.delete", expected)
                : Messages.get("check.fix.replace", expected, replacement);
    }
}
