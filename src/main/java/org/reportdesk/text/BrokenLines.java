package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins lines a web page broke inside a sentence: a line that does not end a sentence (no 。！？；：
 * …) and reads like running text, followed by a line that is no heading, no Markdown heading and
 * no date, is continued by it; so is a bare label line ({@code 三、}) by its heading text. A
 * heading without punctuation ({@code 一、强化党建引领，提升治校水平}) is never joined to its body.
 */
final class BrokenLines {

    private static final Pattern ENUMERATION_CONTINUED = Pattern.compile("^[一二三四五六七八九十][、][一二三四五六七八九十]");

    private BrokenLines() {
    }

    static List<ParsedLine> join(List<ParsedLine> in, Set<String> rejected, List<ImportChange> changes) {
        List<ParsedLine> out = new ArrayList<>();
        for (ParsedLine it : in) {
            ParsedLine prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && !prev.para.isObject() && !it.para.isObject() && (prev.labelOnly() && it.label == null && !it.markdownHeading || brokenBefore(prev, it))) {
                int line = it.src.number();
                if (!rejected.contains(ImportChange.id(ImportChange.Kind.LINE_JOINED, line))) {
                    String before = prev.text();
                    prev.append(it);
                    changes.add(ImportChange.of(ImportChange.Kind.LINE_JOINED, line, before + "\n" + it.text(), prev.text()));
                    continue;
                }
            }
            out.add(it);
        }
        return out;
    }

    /** Whether {@code prev} ends inside a sentence that {@code next} continues. */
    static boolean brokenBefore(ParsedLine prev, ParsedLine next) {
        String p = prev.text();
        String n = next.text();
        if (prev.markdownHeading || next.markdownHeading || p.length() < 15 || ReportEnds.DATE.matcher(n).matches()) {
            return false;
        }
        if (prev.label != null && p.indexOf('。') < 0 && p.length() <= OutlineParser.MAX_TITLE) {
            return false; // a heading such as 一、强化党建引领，提升治校水平 ends without punctuation
        }
        if (OutlineParser.SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0 || !OutlineParser.containsAny(p, "。，；、")) {
            return false;
        }
        return next.label == null || ENUMERATION_CONTINUED.matcher(n).lookingAt();
    }
}
