package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Cleans text copied from the web before its outline is read: site furniture, teasers, page
 * numbers and repeated lines are removed (the line is left empty, so line numbers stay stable);
 * Markdown escapes, converter pinyin, traditional characters, half-width punctuation and stray
 * spaces are fixed inside lines. Every change is recorded as an {@link ImportChange}; changes whose
 * id is in {@link ImportOptions#rejectedChanges()} are not made.
 */
public final class WebTextCleaner {

    private static final Pattern TEASER_END = Pattern.compile("(\\.{3,}|…+|。。。)$");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(?<!\\\\)\\*\\*(?=\\S)(.+?)(?<=[^\\s\\\\])\\*\\*");
    private static final Pattern MD_BULLET = Pattern.compile("^([-*+]|>+)[ \\t]+");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([*_#`>\\[\\]\\-+.!])");
    private static final Pattern STRAY_SPACE = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’])[ \\t\\u00a0\\u3000]+(?=[\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20“”‘’0-9])"
                    + "|(?<=[0-9%％])[ \\t\\u00a0\\u3000]+(?=[\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20])");
    private static final Pattern GARBLED = Pattern.compile(
            "[\\ue000-\\uf8ff\\ufffd\\u3040-\\u30ff\\u3100-\\u312f\\u0400-\\u04ff]|(?<=[\\u4e00-\\u9fff])\\?(?=[\\u4e00-\\u9fff!])");

    /** Cleaned lines (same count and numbers as the input), the changes made, warnings. */
    public record Cleaned(List<SourceLine> lines, List<ImportChange> changes, List<ImportWarning> warnings) {

        public String text() {
            return TextLines.join(lines);
        }
    }

    private final ImportOptions options;
    private final List<ImportChange> changes = new ArrayList<>();
    private final String[] text;
    /** Source line numbers: for Word files they count tables too, so they differ from indexes. */
    private final int[] numbers;

    private WebTextCleaner(List<SourceLine> lines, ImportOptions options) {
        this.options = options;
        this.text = new String[lines.size()];
        this.numbers = new int[lines.size()];
        for (int i = 0; i < text.length; i++) {
            text[i] = strip(lines.get(i).text());
            numbers[i] = lines.get(i).number();
        }
    }

    public static Cleaned clean(String input, ImportOptions options) {
        return clean(TextLines.of(input), options);
    }

    public static Cleaned clean(List<SourceLine> lines, ImportOptions options) {
        WebTextCleaner c = new WebTextCleaner(lines, options);
        List<ImportWarning> warnings = new ArrayList<>();
        if (options.cleanWebText()) {
            c.removeFurniture();
            c.removeTeasers();
            c.removeRepeatedLines();
            c.editLines(ImportChange.Kind.MARKUP, WebTextCleaner::unMarkup);
            c.editLines(ImportChange.Kind.PINYIN, PinyinJunk::remove);
        }
        if (options.toSimplified() && TraditionalConverter.isTraditional(String.join("\n", c.text))) {
            c.editLines(ImportChange.Kind.TRADITIONAL, TraditionalConverter::toSimplified);
        }
        if (options.fullWidthPunctuation()) {
            c.editLines(ImportChange.Kind.PUNCTUATION, PunctuationNormalizer::normalize);
        }
        if (options.cleanWebText()) {
            c.editLines(ImportChange.Kind.SPACES, s -> hasSpace(s) ? STRAY_SPACE.matcher(s).replaceAll("") : s);
        }
        List<Integer> garbled = c.garbledLines();
        if (!garbled.isEmpty()) {
            warnings.add(ImportWarning.of("import.warning.garbled", garbled.size(),
                    garbled.subList(0, Math.min(5, garbled.size())).toString()));
        }
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            out.add(c.text[i].equals(l.text()) ? l : l.withParagraph(RichParagraphs.retext(l.paragraph(), c.text[i])));
        }
        return new Cleaned(out, c.changes, warnings);
    }

    private void removeFurniture() {
        for (int i = 0; i < text.length; i++) {
            String t = text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (SiteFurniture.startsEditorBlock(t)) {
                remove(i, ImportChange.Kind.SITE_FURNITURE);
                for (int k = i + 1; !SiteFurniture.endsEditorBlock(t) && k < text.length && k <= i + 6; k++) {
                    t = text[k];
                    if (t.length() > 20) {
                        break;
                    }
                    remove(k, ImportChange.Kind.SITE_FURNITURE);
                }
            } else if (SiteFurniture.isFurniture(t)) {
                remove(i, ImportChange.Kind.SITE_FURNITURE);
            } else if (SiteFurniture.isPageNumber(t)) {
                remove(i, ImportChange.Kind.PAGE_NUMBER);
                int prev = previousNonEmpty(i);
                if (prev >= 0 && text[prev].equals("第")) {
                    remove(prev, ImportChange.Kind.PAGE_NUMBER);
                }
            }
        }
    }

    /** A paragraph ending in "..." whose text the following lines repeat in full. */
    private void removeTeasers() {
        for (int i = 0; i < text.length; i++) {
            String t = text[i];
            if (t.length() < 10 || !(t.endsWith("...") || t.endsWith("…") || t.endsWith("。。。"))) {
                continue;
            }
            var m = TEASER_END.matcher(t);
            if (!m.find()) {
                continue;
            }
            String core = noSpace(t.substring(0, m.start()));
            StringBuilder after = new StringBuilder();
            for (int k = i + 1; k < text.length && after.length() < core.length() + 10; k++) {
                after.append(noSpace(text[k]));
            }
            if (core.length() >= 8 && after.toString().startsWith(core)) {
                remove(i, ImportChange.Kind.TEASER);
            }
        }
    }

    private void removeRepeatedLines() {
        int prev = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i].isEmpty()) {
                continue;
            }
            if (prev >= 0 && text[i].equals(text[prev]) && HeadingLabel.parse(text[i].replaceFirst("^#+\\s*", "")) == null) {
                remove(i, ImportChange.Kind.DUPLICATE_LINE);
                continue;
            }
            prev = i;
        }
    }

    private void editLines(ImportChange.Kind kind, UnaryOperator<String> edit) {
        for (int i = 0; i < text.length; i++) {
            if (text[i].isEmpty()) {
                continue;
            }
            String after = edit.apply(text[i]);
            if (!after.equals(text[i]) && options.accepts(kind, numbers[i])) {
                changes.add(ImportChange.of(kind, numbers[i], text[i], after));
                text[i] = after;
            }
        }
    }

    private void remove(int i, ImportChange.Kind kind) {
        if (!text[i].isEmpty() && options.accepts(kind, numbers[i])) {
            changes.add(ImportChange.of(kind, numbers[i], text[i], ""));
            text[i] = "";
        }
    }

    private int previousNonEmpty(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!text[k].isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private List<Integer> garbledLines() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (!text[i].isEmpty() && mayBeGarbled(text[i]) && GARBLED.matcher(text[i]).find()) {
                out.add(numbers[i]);
            }
        }
        return out;
    }

    private static boolean hasSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\u3000') {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeGarbled(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c >= '\ue000' && c <= '\uf8ff' || c == '\ufffd' || c >= '\u3040' && c <= '\u312f'
                    || c >= '\u0400' && c <= '\u04ff') {
                return true;
            }
        }
        return false;
    }

    static String unMarkup(String s) {
        String t = s;
        if (t.indexOf('&') >= 0) {
            t = HtmlEntities.decode(t);
        }
        if (t.length() > 2 && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '+' || t.charAt(0) == '>')) {
            t = MD_BULLET.matcher(t).replaceFirst("");
        }
        if (t.indexOf('*') < 0 && t.indexOf('\\') < 0) {
            return t;
        }
        t = MD_EMPHASIS.matcher(t).replaceAll("$1");
        return MD_ESCAPE.matcher(t).replaceAll("$1");
    }

    private static String noSpace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !RichParagraphs.isSpace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || RichParagraphs.isSpace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || RichParagraphs.isSpace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }
}
