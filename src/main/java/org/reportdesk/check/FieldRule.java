package org.reportdesk.check;

import java.util.regex.Matcher;
import org.reportdesk.model.Fields;

/** {@code {{字段}}} left unfilled. Fixed by the report's own value when it has one by now. */
final class FieldRule extends TextRule {

    static final String UNFILLED = "field.unfilled";

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        if (s.indexOf("{{") < 0) {
            return;
        }
        Matcher m = Fields.FIELD.matcher(s);
        while (m.find()) {
            String value = ctx.fieldValues().get(m.group(1));
            String fix = value == null || value.isBlank() ? null : value;
            out.add(UNFILLED, Severity.ERROR, t, m.start(), m.end(), fix,
                    fix == null ? "check.field.unfilled" : "check.field.unfilledKnown", m.group(1));
        }
    }
}
