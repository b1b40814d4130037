package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The year of a document number in the wrong brackets: {@code 教发[2020]5号} → {@code 教发〔2020〕5号}. */
final class DocNumberRule extends TextRule {

    static final String BRACKETS = "punctuation.docNumber";

    private static final Pattern WRONG = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])[\\[【(（［﹝{]\\s*((?:19|20)\\d{2})\\s*[\\]】)）］﹞}](?=\\s*\\d{1,4}\\s*号)");

    /** The ranges of wrongly bracketed document-number years, where the bracket is this rule's finding alone. */
    static boolean[] mask(String s) {
        if (s.indexOf('号') < 0) {
            return null;
        }
        boolean[] mask = null;
        Matcher m = WRONG.matcher(s);
        while (m.find()) {
            if (mask == null) {
                mask = new boolean[s.length()];
            }
            java.util.Arrays.fill(mask, m.start(), m.end(), true);
        }
        return mask;
    }

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        if (s.indexOf('号') < 0) {
            return;
        }
        Matcher m = WRONG.matcher(s);
        while (m.find()) {
            String fix = "〔" + m.group(1) + "〕";
            out.add(BRACKETS, Severity.WARNING, t, m.start(), m.end(), fix, "check.punctuation.docNumber",
                    m.group(), fix);
        }
    }
}
