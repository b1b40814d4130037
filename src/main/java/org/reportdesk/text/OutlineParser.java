package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Plain text (or Word paragraphs) → report outlines. Levels come from the sequence labels
 * (一、 （一） 1. （1） in every variant, see {@link HeadingLabel}), never from Markdown depth or Word
 * heading styles; a Word paragraph with a heading style or outline level but no label is a heading
 * at that level (at the top when styled like or above the document's 一、 headings). Headings are
 * stored without their label; a run-in heading (label, a short sentence ending in 。, then body in
 * the same paragraph) is split at the first 。 and flagged {@link Section#runIn()}. Title, 主送机关,
 * 附件, 署名 and 成文日期: {@link ReportEnds}; broken lines: {@link BrokenLines}; the tree, skipped
 * levels and lost headings: {@link OutlineBuilder}. A collection (篇一, 篇1： …) gives one report per
 * piece.
 */
public final class OutlineParser {

    /** Longest heading sentence (label excluded, 。 included) still split off as a run-in heading. */
    static final int MAX_RUN_IN_HEADING = 40;
    /** Longest heading (label excluded, ： included) split off at a colon. */
    static final int MAX_COLON_HEADING = 13;
    /** Longest label-less line taken as a title. */
    static final int MAX_TITLE = 60;

    private static final Pattern MARKDOWN_MARK = Pattern.compile("^#{1,6}[ \\t\\u3000]*");
    /** Characters that end a sentence (or a clause a line may end with). */
    static final String SENTENCE_END = "。！？；：…”’」』）)!?;:》";

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

    private Report parsePiece(List<SourceLine> lines, String markerTitle) {
        List<ParsedLine> items = items(lines);
        if (joinBrokenLines) {
            items = BrokenLines.join(items, rejected, changes);
        }
        Report r = new Report();
        int start = ReportEnds.title(items, markerTitle, r);
        if (start < items.size() && ReportEnds.recipientLike(items.get(start))) {
            r.setRecipient(items.get(start).text().substring(0, items.get(start).text().length() - 1));
            start++;
        }
        int end = ReportEnds.tail(items, start, r);
        int topStyleLevel = topStyleLevel(items);
        boolean parts = items.stream().anyMatch(it -> it.label != null && it.label.rank() == 0);
        boolean chineseTop = items.stream().anyMatch(it -> it.label != null && it.label.rank() == 1 && !it.label.ordinal());
        int topLabelRank = items.stream().filter(it -> it.label != null).mapToInt(it -> it.label.rank()).min().orElse(9);
        List<Paragraph> opening = new ArrayList<>();
        OutlineBuilder builder = new OutlineBuilder(r.root());
        Section current = null;
        List<Paragraph> body = new ArrayList<>();
        for (int i = start; i < end; i++) {
            ParsedLine it = items.get(i);
            if (ReportEnds.attachment(it, r)) {
                while (i + 1 < end && ReportEnds.attachmentContinues(items.get(i + 1))) {
                    i++;
                    r.attachments().add(RichParagraphs.from(items.get(i).para, items.get(i).label.length()).plainText().strip());
                }
                continue;
            }
            int rank = rank(it, topStyleLevel, parts, chineseTop);
            if (rank == 0 && lostLabel(items, i, end, topLabelRank)) {
                rank = items.get(i + 1).label.rank() - 1;
            }
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

    /**
     * A short line without punctuation right before the first （一） (or 1.) of a text that has no
     * label above that rank is the heading whose label was lost: {@code 上半年工作完成情况} then {@code （一）…}.
     */
    private static boolean lostLabel(List<ParsedLine> items, int i, int end, int topLabelRank) {
        ParsedLine it = items.get(i);
        String t = it.text();
        if (it.label != null || it.markdownHeading || i + 1 >= end || t.length() > 30 || t.length() < 4
                || containsAny(t, SENTENCE_END + "，,、")) {
            return false;
        }
        HeadingLabel next = items.get(i + 1).label;
        return next != null && next.value() == 1 && next.rank() >= 2 && !next.ordinal() && topLabelRank >= next.rank();
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
     * depths), else its Word style level, else 1 for a Markdown heading; 0 for body text. Where the
     * text has 第一部分 parts, every label ranks one lower; 第一，ordinals rank as 1. under 一、.
     */
    private static int rank(ParsedLine it, int topStyleLevel, boolean parts, boolean chineseTop) {
        if (it.label != null) {
            int r = it.label.ordinal() && chineseTop ? 3 : it.label.rank();
            return parts ? Math.min(Numbering.MAX_DEPTH, r + 1) : r;
        }
        if (it.src.styleLevel() > 0) {
            return topStyleLevel > 0 && it.src.styleLevel() <= topStyleLevel ? 1 : it.src.styleLevel();
        }
        return it.markdownHeading ? 1 : 0;
    }

    /** The shallowest Word style level given to a 一、 heading (0: none), which label-less headings are measured against. */
    private static int topStyleLevel(List<ParsedLine> items) {
        int top = 0;
        for (ParsedLine it : items) {
            if (it.label != null && it.label.rank() == 1 && it.src.styleLevel() > 0) {
                top = top == 0 ? it.src.styleLevel() : Math.min(top, it.src.styleLevel());
            }
        }
        return top;
    }

    /** The section for a heading line; a run-in heading's body goes into {@code body}. */
    private static Section heading(ParsedLine it, List<Paragraph> body) {
        Paragraph rest = it.label != null ? RichParagraphs.strip(RichParagraphs.from(it.para, it.label.length())) : it.para;
        String text = rest.plainText();
        int stop = text.indexOf('。');
        int colon = text.indexOf('：');
        // 门卫制度：坚持… : a short name ending in a colon is a run-in heading too
        if (colon > 0 && colon + 1 <= MAX_COLON_HEADING && (stop < 0 || colon < stop) && colon + 1 < text.length()
                && !containsAny(text.substring(0, colon), "，、；")) {
            stop = colon;
        }
        if (stop > 0 && stop + 1 <= MAX_RUN_IN_HEADING && stop + 1 < text.length()) {
            Section s = new Section(text.substring(0, stop + 1));
            s.setRunIn(true);
            body.add(RichParagraphs.strip(RichParagraphs.from(rest, stop + 1)));
            return s;
        }
        return new Section(text);
    }

    private List<ParsedLine> items(List<SourceLine> lines) {
        List<ParsedLine> items = new ArrayList<>();
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
            items.add(new ParsedLine(l, p, md));
        }
        return items;
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
