package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Plain text (or Word paragraphs) → report outlines. Levels come from the sequence labels
 * (一、 （一） 1. （1） in every variant, see {@link HeadingLabel}), never from Markdown depth or Word
 * heading styles; a Word paragraph with a heading style or outline level but no label is a heading
 * at that level (at the top when styled like or above the document's 一、 headings). Headings are stored without their label; a run-in
 * heading (label, a short sentence ending in 。, then body in the same paragraph) is split at the
 * first 。 and flagged {@link Section#runIn()}. The first line is the title when it reads like one;
 * the text before the first heading is the 开头语; a trailing date and the line above it are the
 * 成文日期 and 署名; {@code 附件：} lines are attachments. Tree building: {@link OutlineBuilder}.
 * A collection (篇一, 篇1： …) gives one report per piece.
 */
public final class OutlineParser {

    /** Longest heading sentence (label excluded, 。 included) still split off as a run-in heading. */
    static final int MAX_RUN_IN_HEADING = 40;
    /** Longest label-less line taken as a title. */
    static final int MAX_TITLE = 60;

    private static final Pattern MARKDOWN_MARK = Pattern.compile("^#{1,6}[ \\t\\u3000]*");
    private static final Pattern DATE = Pattern.compile(
            "^[0-9０-９xX×〇○零一二三四五六七八九_＿]{2,4}[ \\t]*年[ \\t]*[0-9０-９xX×一二三四五六七八九十_＿]{1,2}[ \\t]*月"
                    + "[ \\t]*[0-9０-９xX×一二三四五六七八九十_＿]{1,3}[ \\t]*日$");
    private static final Pattern ATTACHMENT = Pattern.compile("^附[ \\t]*件[ \\t]*[0-9]{0,2}[ \\t]*[:：]?[ \\t]*(.*)$");
    private static final Pattern ENUMERATION_CONTINUED = Pattern.compile("^[一二三四五六七八九十][、][一二三四五六七八九十]");
    private static final Pattern RECIPIENT = Pattern.compile("(政府|委员会|委|局|厅|部|办|院|校|园|处|室|站|中心|各)[：:]$|^各");
    private static final String SENTENCE_END = "。！？；：…”’」』）)!?;:》";

    /** Reports, the changes made while reading (joined lines, the dropped collection preface), warnings. */
    public record Parsed(List<Report> reports, List<ImportChange> changes, List<ImportWarning> warnings) {
    }

    private final Set<String> rejected;
    private final boolean joinBrokenLines;
    private final List<ImportChange> changes = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();

    private OutlineParser(Set<String> rejected, boolean joinBrokenLines) {
        this.rejected = rejected;
        this.joinBrokenLines = joinBrokenLines;
    }

    /** Every report in {@code text}; one unless the text is a collection. */
    public static List<Report> parse(String text) {
        return parse(TextLines.of(text), Set.of(), true).reports();
    }

    /**
     * Every report in {@code lines}. {@code rejected}: change ids to leave undone;
     * {@code joinBrokenLines}: false for Word paragraphs, which are real paragraphs.
     */
    public static Parsed parse(List<SourceLine> lines, Set<String> rejected, boolean joinBrokenLines) {
        OutlineParser p = new OutlineParser(rejected, joinBrokenLines);
        CollectionSplitter.Split split = CollectionSplitter.split(lines);
        List<Report> reports = new ArrayList<>();
        List<SourceLine> carried = new ArrayList<>();
        for (SourceLine l : split.preface()) {
            if (l.text().isBlank()) {
                continue;
            }
            if (p.accept(ImportChange.Kind.COLLECTION_PREFACE, l.number())) {
                p.changes.add(ImportChange.of(ImportChange.Kind.COLLECTION_PREFACE, l.number(), l.text(), ""));
            } else {
                carried.add(l);
            }
        }
        for (CollectionSplitter.Piece piece : split.pieces()) {
            List<SourceLine> ls = new ArrayList<>(carried);
            carried.clear();
            ls.addAll(piece.lines());
            reports.add(p.parsePiece(ls, piece.markerTitle()));
        }
        return new Parsed(reports, p.changes, p.warnings);
    }

    /** One line of a piece after Markdown marks were taken off. */
    private static final class Item {
        final SourceLine src;
        Paragraph para;
        String text;
        final boolean markdownHeading;
        final HeadingLabel label;

        Item(SourceLine src, Paragraph para, boolean markdownHeading) {
            this.src = src;
            this.para = para;
            this.text = para.plainText();
            this.markdownHeading = markdownHeading;
            this.label = HeadingLabel.parse(text);
        }

        String text() {
            return text;
        }

        void append(Item next) {
            para = RichParagraphs.concat(para, next.para);
            text = text + next.text;
        }

        boolean labelOnly() {
            return label != null && label.length() >= text().length();
        }
    }

    private Report parsePiece(List<SourceLine> lines, String markerTitle) {
        List<Item> items = items(lines);
        if (joinBrokenLines) {
            items = joinBroken(items);
        }
        Report r = new Report();
        int start = title(items, markerTitle, r);
        if (start < items.size() && recipientLike(items.get(start))) {
            r.setRecipient(items.get(start).text().substring(0, items.get(start).text().length() - 1));
            start++;
        }
        int end = tail(items, start, r);
        int topStyleLevel = topStyleLevel(items);
        List<Paragraph> opening = new ArrayList<>();
        OutlineBuilder builder = new OutlineBuilder(r.root());
        Section current = null;
        List<Paragraph> body = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (attachment(it, r)) {
                while (i + 1 < end && attachmentContinues(items.get(i + 1))) {
                    i++;
                    r.attachments().add(RichParagraphs.from(items.get(i).para, items.get(i).label.length()).plainText().strip());
                }
                continue;
            }
            int rank = rank(it, topStyleLevel);
            if (rank == 0) {
                (current == null ? opening : body).add(it.para);
                continue;
            }
            close(current, body);
            int value = it.label != null ? it.label.value() : 0;
            current = builder.add(heading(it, body), rank, value);
        }
        close(current, body);
        builder.finish();
        r.setOpening(RichText.of(opening));
        if (!builder.createdParents().isEmpty()) {
            warnings.add(ImportWarning.of("import.warning.missingHeadings", r.title(), builder.createdParents().size()));
        }
        return r;
    }

    private static void close(Section current, List<Paragraph> body) {
        if (current != null && !body.isEmpty()) {
            List<Paragraph> all = new ArrayList<>(current.body().paragraphs());
            all.addAll(body);
            current.setBody(RichText.of(all));
        }
        body.clear();
    }

    /**
     * The level a heading line asks for: its label's when it has one (what the reader sees; Word
     * files pasted from the web carry arbitrary heading styles, as Markdown copies carry arbitrary
     * depths), else its Word style level, else 1 for a Markdown heading; 0 for body text.
     */
    private static int rank(Item it, int topStyleLevel) {
        if (it.label != null) {
            return it.label.rank();
        }
        if (it.src.styleLevel() > 0) {
            return topStyleLevel > 0 && it.src.styleLevel() <= topStyleLevel ? 1 : it.src.styleLevel();
        }
        return it.markdownHeading ? 1 : 0;
    }

    /** The shallowest Word style level given to a 一、 heading (0: none), which label-less headings are measured against. */
    private static int topStyleLevel(List<Item> items) {
        int top = 0;
        for (Item it : items) {
            if (it.label != null && it.label.rank() == 1 && it.src.styleLevel() > 0) {
                top = top == 0 ? it.src.styleLevel() : Math.min(top, it.src.styleLevel());
            }
        }
        return top;
    }

    /** The section for a heading line; a run-in heading's body goes into {@code body}. */
    private static Section heading(Item it, List<Paragraph> body) {
        Paragraph rest = it.label != null ? RichParagraphs.strip(RichParagraphs.from(it.para, it.label.length())) : it.para;
        String text = rest.plainText();
        int stop = text.indexOf('。');
        if (stop > 0 && stop + 1 <= MAX_RUN_IN_HEADING && stop + 1 < text.length()) {
            Section s = new Section(text.substring(0, stop + 1));
            s.setRunIn(true);
            body.add(RichParagraphs.strip(RichParagraphs.from(rest, stop + 1)));
            return s;
        }
        return new Section(text);
    }

    private List<Item> items(List<SourceLine> lines) {
        List<Item> items = new ArrayList<>();
        for (SourceLine l : lines) {
            Paragraph p = RichParagraphs.strip(l.paragraph());
            String t = p.plainText();
            if (t.isEmpty()) {
                continue;
            }
            var m = MARKDOWN_MARK.matcher(t);
            boolean md = m.lookingAt() && m.end() < t.length();
            if (md) {
                p = RichParagraphs.from(p, m.end());
            }
            items.add(new Item(l, p, md));
        }
        return items;
    }

    private List<Item> joinBroken(List<Item> in) {
        List<Item> out = new ArrayList<>();
        for (Item it : in) {
            Item prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && (prev.labelOnly() && it.label == null && !it.markdownHeading || brokenBefore(prev, it))) {
                int line = it.src.number();
                if (accept(ImportChange.Kind.LINE_JOINED, line)) {
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
    private static boolean brokenBefore(Item prev, Item next) {
        String p = prev.text();
        String n = next.text();
        if (prev.markdownHeading || next.markdownHeading || p.length() < 15 || DATE.matcher(n).matches()) {
            return false;
        }
        if (prev.label != null && p.indexOf('。') < 0 && p.length() <= MAX_TITLE) {
            return false; // a heading such as 一、强化党建引领，提升治校水平 ends without punctuation
        }
        if (SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0 || !containsAny(p, "。，；、")) {
            return false;
        }
        return next.label == null || ENUMERATION_CONTINUED.matcher(n).lookingAt();
    }

    /** Sets the title; returns the index of the first item after it (and its repetitions). */
    private static int title(List<Item> items, String markerTitle, Report r) {
        int i = 0;
        if (!items.isEmpty() && titleLike(items.get(0))) {
            r.setTitle(items.get(0).text());
            i = 1;
        } else {
            r.setTitle(markerTitle);
        }
        while (i < items.size() && items.get(i).text().equals(r.title()) && items.get(i).label == null) {
            i++;
        }
        return i;
    }

    private static boolean titleLike(Item it) {
        if (it.src.styledTitle()) {
            return true;
        }
        String t = it.text();
        return it.label == null && it.src.styleLevel() == 0 && t.length() <= MAX_TITLE
                && SENTENCE_END.indexOf(t.charAt(t.length() - 1)) < 0 && !containsAny(t, "。，,；;");
    }

    /** 主送机关: a short line after the title ending in a colon, e.g. {@code 县人民政府：}. */
    private static boolean recipientLike(Item it) {
        String t = it.text();
        return it.label == null && !it.markdownHeading && t.length() >= 3 && t.length() <= 30
                && (t.endsWith("：") || t.endsWith(":")) && !containsAny(t.substring(0, t.length() - 1), "。，；：:,;")
                && RECIPIENT.matcher(t).find();
    }

    /** Takes the 成文日期 and 署名 off the end; returns the end index of the remaining items. */
    private static int tail(List<Item> items, int start, Report r) {
        int end = items.size();
        if (end > start && items.get(end - 1).label == null && DATE.matcher(items.get(end - 1).text()).matches()) {
            r.setDate(items.get(end - 1).text());
            end--;
            if (end > start) {
                Item sig = items.get(end - 1);
                String t = sig.text();
                if (sig.label == null && sig.src.styleLevel() == 0 && !sig.markdownHeading && t.length() <= 30
                        && !containsAny(t, "。，；：:,;") && !ATTACHMENT.matcher(t).matches()) {
                    r.setSignature(t);
                    end--;
                }
            }
        }
        return end;
    }

    private static boolean attachment(Item it, Report r) {
        var m = ATTACHMENT.matcher(it.text());
        if (!m.matches() || it.text().length() > 80 || it.text().endsWith("。")) {
            return false;
        }
        String name = m.group(1).strip();
        HeadingLabel l = HeadingLabel.parse(name);
        if (l != null) {
            name = name.substring(l.length()).strip();
        }
        if (!name.isEmpty()) {
            r.attachments().add(name);
        }
        return true;
    }

    private static boolean attachmentContinues(Item next) {
        String t = next.text();
        return next.label != null && next.label.rank() == 3 && t.length() <= 60
                && !containsAny(t, "。；");
    }

    private boolean accept(ImportChange.Kind kind, int line) {
        return !rejected.contains(ImportChange.id(kind, line));
    }

    static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
