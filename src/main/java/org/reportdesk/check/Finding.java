package org.reportdesk.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportdesk.i18n.Messages;

/**
 * One problem found by the preflight.
 *
 * @param rule     rule id, e.g. {@code placeholder.marker}; the family is the part before the dot
 * @param section  where, for people: a section's numbering path ({@code 二/（一）}) or a part name (标题 …)
 * @param location the exact place
 * @param excerpt  the offending text with a little context
 * @param fix      a safe replacement, or null
 */
public record Finding(String rule, Severity severity, String section, Location location, String excerpt,
                      String messageKey, List<Object> args, QuickFix fix) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        args = List.copyOf(args);
    }

    public String family() {
        int dot = rule.indexOf('.');
        return dot < 0 ? rule : rule.substring(0, dot);
    }

    /** The message in the current language. */
    public String message() {
        return Messages.get(messageKey, args.toArray());
    }

    public Optional<QuickFix> quickFix() {
        return Optional.ofNullable(fix);
    }

    /** Whether this finding marks something left to fill in (placeholder, blank, unfilled field): F3 stops here. */
    public boolean isFillIn() {
        String f = family();
        return f.equals("placeholder") || f.equals("field");
    }
}
