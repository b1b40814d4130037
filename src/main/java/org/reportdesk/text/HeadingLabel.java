package org.reportdesk.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;

/**
 * A sequence label found at the start of a line: {@code 一、} (rank 1), {@code （一）} (rank 2),
 * {@code 1.} (rank 3), {@code （1）} (rank 4), in every full/half-width variant web copies carry;
 * {@code 第一部分} (rank 0: above 一、) and the ordinals {@code 第一，} / {@code 第一条} (rank 1 here;
 * the parser moves them under 一、 where a text has both). {@code length} is how many characters of
 * the line the label (with the spaces after it) takes.
 */
public record HeadingLabel(int rank, int value, int length, boolean ordinal) {

    public HeadingLabel(int rank, int value, int length) {
        this(rank, value, length, false);
    }

    private static final String CN = "[一二三四五六七八九十百零〇]{1,4}";
    private static final Pattern RANK1 = Pattern.compile("^(" + CN + ")[ \\t\\u3000]*[、．.][ \\t\\u3000]*");
    /** 一、二年级 / 一、二批次 / 一、二等奖: an enumeration of numerals, not a heading label. */
    private static final Pattern ENUMERATION = Pattern.compile("[一二三四五六七八九十]+(、|年级|批|等奖|级|类|期)");
    private static final Pattern RANK2 = Pattern.compile("^[（(][ \\t\\u3000]*(" + CN + ")[ \\t\\u3000]*[）)][、．.]?[ \\t\\u3000]*");
    private static final Pattern RANK3 = Pattern.compile("^([0-9０-９]{1,2})[ \\t\\u3000]*(?:、|[.．](?![0-9０-９]))[ \\t\\u3000]*");
    private static final Pattern PART = Pattern.compile("^第(" + CN + ")部分[ \\t\\u3000、：:．.]*");
    private static final Pattern ORDINAL = Pattern.compile("^第(" + CN + ")(?:条[ \\t\\u3000]*|[，,][ \\t\\u3000]*)(?=\\S)");
    private static final Pattern RANK4 = Pattern.compile("^[（(][ \\t\\u3000]*([0-9０-９]{1,2})[ \\t\\u3000]*[）)][ \\t\\u3000]*");

    /** The label at the start of {@code line}, or null when the line starts with none. */
    public static HeadingLabel parse(CharSequence line) {
        if (line.length() < 2) {
            return null;
        }
        char c = line.charAt(0);
        if (c == '（' || c == '(') {
            HeadingLabel l = match(RANK2, line, 2, true);
            return l != null ? l : match(RANK4, line, 4, false);
        }
        if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            return match(RANK3, line, 3, false);
        }
        if (c == '第') {
            HeadingLabel part = match(PART, line, 0, true);
            if (part != null) {
                return part;
            }
            HeadingLabel o = match(ORDINAL, line, 1, true);
            return o == null ? null : new HeadingLabel(1, o.value(), o.length(), true);
        }
        HeadingLabel l = match(RANK1, line, 1, true);
        return l != null && ENUMERATION.matcher(line).region(l.length(), line.length()).lookingAt() ? null : l;
    }

    /** The label as the project writes it for this rank and value ({@code 一、}, {@code （一）}, …). */
    public String canonical() {
        return Numbering.label(Math.max(1, rank), value - 1);
    }

    private static HeadingLabel match(Pattern p, CharSequence line, int rank, boolean chinese) {
        Matcher m = p.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        int value = chinese ? Numbering.parseChinese(m.group(1)) : parseDigits(m.group(1));
        if (value <= 0) {
            return null;
        }
        return new HeadingLabel(rank, value, m.end());
    }

    private static int parseDigits(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return v;
    }
}
