package org.reportdesk.check;

import java.util.Objects;

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
}
