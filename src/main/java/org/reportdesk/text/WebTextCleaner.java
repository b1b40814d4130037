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
    /** A pair of {@code **} around words (not around a mask's neighbours: 健康**”建设…健康**行动). */
    private static final Pattern MD_EMPHASIS = Pattern.compile(
            "(?<!\\\\)\\*\\*(?=[^\\s*，。；：、,.;:!?！？”’）)])([^*\\n]{1,40}?)(?<=[^\\s\\\\*，。；：、“‘（(])\\*\\*");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}[ \\t]+\\S");
    private static final Pattern MD_BULLET = Pattern.compile("^([-*+]|>+)[ \\t]+");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([*_#`>\\[\\]\\-+.!’‘“”'\"])");
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
    private final List<SourceLine> source;
    /** Source line numbers: for Word files they count tables too, so they differ from indexes. */
    private final int[] numbers;

    private WebTextCleaner(List<SourceLine> lines, ImportOptions options) {
        this.options = options;
        this.source = lines;
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
            boolean markdown = isMarkdown(c.text);
            c.editLines(ImportChange.Kind.MARKUP, s -> unMarkup(s, markdown));
            c.editLines(ImportChange.Kind.PINYIN, PinyinJunk::remove);
        }
        if (options.toSimplified() && TraditionalConverter.isTraditional(String.join("\n", c.text))) {
            c.editLines(ImportChange.Kind.TRADITIONAL, TraditionalConverter::toSimplified);
        }
        if (options.fullWidthPunctuation()) {
            c.editLines(ImportChange.Kind.PUNCTUATION, PunctuationNormalizer::normalize);
        }
        if (options.cleanWebText()) {
            // flattened lines are split while their spaces still show where a heading ended
            List<ImportChange> changes = new ArrayList<>(c.changes);
            c = new WebTextCleaner(FlatLines.split(c.lines(lines), options, changes), options);
            c.changes.addAll(changes);
            c.editLines(ImportChange.Kind.SPACES, s -> hasSpace(s) ? STRAY_SPACE.matcher(s).replaceAll("") : s);
            // furniture is matched after conversion: 來(lái)源: is 来源: by now
            String[] beforeFurniture = c.text.clone();
            c.removeFurniture();
            c.removeTeasers();
            c.removeRepeatedLines();
            if (lines.stream().noneMatch(l -> l.styleLevel() > 0 || l.styledTitle())) {
                c.extract(beforeFurniture); // a styled Word document is the writer's own, not a page
            }
            lines = c.source;
            c.dropEditsOfRemovedLines();
        }
        List<Integer> garbled = c.garbledLines();
        if (!garbled.isEmpty()) {
            warnings.add(ImportWarning.of("import.warning.garbled", garbled.size(),
                    garbled.subList(0, Math.min(5, garbled.size())).toString()));
        }
        return new Cleaned(c.lines(lines), c.changes, warnings);
    }

    /** A removed line's conversions are noise in the preview: only its removal is listed. */
    private void dropEditsOfRemovedLines() {
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        java.util.Set<Integer> removed = new java.util.HashSet<>();
        for (int i = 0; i < text.length; i++) {
            (text[i].isEmpty() ? removed : kept).add(numbers[i]);
        }
        removed.removeAll(kept);
        changes.removeIf(ch -> removed.contains(ch.line()) && !ch.isRemoval() && ch.kind().ordinal() >= ImportChange.Kind.MARKUP.ordinal()
                && ch.kind().ordinal() <= ImportChange.Kind.SPACES.ordinal());
    }

    /** {@code lines} with this cleaner's text. */
    private List<SourceLine> lines(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            out.add(text[i].equals(l.text()) ? l : l.withParagraph(RichParagraphs.retext(l.paragraph(), text[i])));
        }
        return out;
    }

    /** Keeps the report and drops the rest of the page, see {@link ReportBlock}. */
    private void extract(String[] beforeFurniture) {
        ReportBlock.Decision d = ReportBlock.decide(text, beforeFurniture);
        for (int i = 0; i < text.length; i++) {
            if (d.remove()[i]) {
                remove(i, ImportChange.Kind.SITE_FURNITURE);
            }
        }
        int t = d.titleLine();
        if (t >= 0 && !isObject(t) && options.accepts(ImportChange.Kind.SITE_FURNITURE, numbers[t])) {
            changes.add(ImportChange.of(ImportChange.Kind.SITE_FURNITURE, numbers[t], beforeFurniture[t], d.title()));
            text[t] = d.title();
        }
    }

    /** Markdown headings ({@code ## …}), bold lines or escapes: only then are {@code **…**} pairs emphasis. */
    static boolean isMarkdown(String[] lines) {
        for (String l : lines) {
            if (MD_HEADING.matcher(l).find() || l.length() > 4 && l.startsWith("**") && l.endsWith("**")
                    || l.contains("\\*") || l.contains("\\#")) {
                return true;
            }
        }
        return false;
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
            if (text[i].isEmpty() || isObject(i)) {
                continue;
            }
            String after = edit.apply(text[i]);
            if (!after.equals(text[i]) && options.accepts(kind, numbers[i])) {
                changes.add(ImportChange.of(kind, numbers[i], text[i], after));
                text[i] = after;
            }
        }
    }

    /** A table or a picture: never cleaned nor removed (two pictures in a row are no repeated line). */
    private boolean isObject(int i) {
        return text[i].equals(org.reportdesk.model.Embedded.OBJECT_TEXT) && source.get(i).paragraph().isObject();
    }

    private void remove(int i, ImportChange.Kind kind) {
        if (!text[i].isEmpty() && !isObject(i) && options.accepts(kind, numbers[i])) {
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
        return unMarkup(s, true);
    }

    /** HTML entities, bullets and escapes; {@code **} emphasis only in a Markdown file. */
    static String unMarkup(String s, boolean markdown) {
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
        if (markdown) {
            t = MD_EMPHASIS.matcher(t).replaceAll("$1");
        }
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
