package org.reportdesk.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;

/**
 * A sequence label typed by hand at the start of a text: 一、 （一） 1. （1） and their usual
 * variants ({@code (一)}, {@code 1、}, {@code 1．}).
 *
 * @param level    1 to 4, as 一、 （一） 1. （1）
 * @param end      end of the label and the spaces after it
 * @param numStart start of the numeral inside the label
 */
record TypedLabel(int level, int value, int end, int numStart, int numEnd) {

    private static final Pattern LABEL = Pattern.compile(
            "^[ \\u3000\\u00a0\\t]*(?:([一二三四五六七八九十百]{1,4})[、.．]"
                    + "|[（(]([一二三四五六七八九十百]{1,4})[）)][、.．]?"
                    + "|(\\d{1,2})[.．、](?!\\d)"
                    + "|[（(](\\d{1,2})[）)][、.．]?)[ \\u3000\\u00a0\\t]*");

    static TypedLabel at(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char c = Chars.after(s, 0);
        if (!(c == '（' || c == '(' || Chars.isAsciiDigit(c) || Numbering.parseChinese(String.valueOf(c)) > 0)) {
            return null;
        }
        Matcher m = LABEL.matcher(s);
        if (!m.lookingAt()) {
            return null;
        }
        for (int g = 1; g <= 4; g++) {
            if (m.group(g) != null) {
                int value = g <= 2 ? Numbering.parseChinese(m.group(g)) : Integer.parseInt(m.group(g));
                if (value <= 0) {
                    return null;
                }
                return new TypedLabel(g, value, m.end(), m.start(g), m.end(g));
            }
        }
        return null;
    }

    /** The numeral for {@code n} in this label's style. */
    String numeral(int n) {
        return level <= 2 ? Numbering.chinese(n) : Integer.toString(n);
    }
}
