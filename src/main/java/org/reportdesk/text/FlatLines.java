package org.reportdesk.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Paragraph;

/**
 * Splits what a document viewer flattened back into paragraphs. Viewers number their text chunks
 * ({@code 1、…到} {@code 2、位资金…}): chunk numbers are dropped and a chunk cut inside a sentence is
 * joined to the one before. In a long line, the report's title at its start ({@code …工作总结报告范文稿2020年，…})
 * and sequence labels inside it ({@code …纷呈。一、取得的成绩…（一）…}) start new lines, but only
 * where the labels found in the line form a consistent sequence (values 1, 2, 3 … per rank, a
 * lower rank restarting under a higher one). Split lines keep the source line number.
 */
final class FlatLines {

    /** Shortest line searched for labels inside it. */
    static final int LONG_LINE = 120;
    private static final Pattern CHUNK = Pattern.compile("^([0-9]{1,2})、");
    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern INLINE = Pattern.compile(
            "(" + CN + ")、(?![一二三四五六七八九十])|[（(](" + CN + ")[）)]、?|(?<![0-9０-９.．%])([0-9]{1,2})[.．、](?![0-9０-９])"
                    + "|[（(]([0-9]{1,2})[）)]|第(" + CN + ")部分");
    /** Where a heading glued to its body ends: the body opens with a year or with 一是. */
    private static final Pattern YEAR_START = Pattern.compile("(?<=[\\u4e00-\\u9fff])(?=(19|20)[0-9x]{2}年|一是)");
    /** A bare digit label ({@code 1加强…}) right after a heading without punctuation. */
    private static final Pattern BARE_ONE = Pattern.compile("(?<=[\\u4e00-\\u9fff])1(?=[\\u4e00-\\u9fff])");

    private static final Pattern BARE_ONE_START = Pattern.compile("1(?=[\\u4e00-\\u9fff])");

    private record Label(int at, int end, int rank, int value) {
    }

    private FlatLines() {
    }

    static List<SourceLine> split(List<SourceLine> in, ImportOptions options, List<ImportChange> changes) {
        List<SourceLine> lines = joinChunks(in, options, changes);
        List<SourceLine> out = new ArrayList<>(lines.size());
        boolean longSeen = false;
        for (SourceLine l : lines) {
            String t = l.text();
            if (t.length() < LONG_LINE || l.styleLevel() > 0 || l.styledTitle()
                    || !options.accepts(ImportChange.Kind.LINE_SPLIT, l.number())) {
                out.add(l);
                continue;
            }
            boolean titleSeen = longSeen;
            longSeen = true;
            List<Integer> cuts = new ArrayList<>();
            int titleEnd = titleSeen ? -1 : TitleText.titleAtStart(t);
            if (titleEnd > 0) {
                cuts.add(titleEnd);
            }
            cuts.addAll(labelCuts(t, Math.max(titleEnd, 0)));
            if (cuts.isEmpty()) {
                out.add(l);
                continue;
            }
            List<String> parts = new ArrayList<>();
            int from = 0;
            for (int cut : cuts) {
                if (cut > from) {
                    parts.add(t.substring(from, cut));
                    from = cut;
                }
            }
            parts.add(t.substring(from));
            int pos = 0;
            for (String part : parts) {
                Paragraph p = RichParagraphs.strip(RichParagraphs.slice(l.paragraph(), pos, pos + part.length()));
                if (pos > 0 && BARE_ONE_START.matcher(part).lookingAt()) {
                    p = RichParagraphs.concat(Paragraph.of("1."), RichParagraphs.from(p, 1));
                }
                out.add(l.withParagraph(p));
                pos += part.length();
            }
            changes.add(ImportChange.of(ImportChange.Kind.LINE_SPLIT, l.number(), t, String.join("\n", parts)));
        }
        return out;
    }

    /** Offsets in {@code t} where a label of a consistent sequence starts a heading (after {@code from}). */
    static List<Integer> labelCuts(String t, int from) {
        List<Label> found = new ArrayList<>();
        Matcher m = INLINE.matcher(t);
        m.region(from, t.length());
        while (m.find()) {
            Label l = label(m);
            if (l != null && l.at() > from && startsHeading(t, l)) {
                found.add(l);
            }
        }
        addBareOnes(t, found);
        List<Label> kept = consistent(found);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Label l = kept.get(i);
            cuts.add(l.at());
            int next = i + 1 < kept.size() ? kept.get(i + 1).at() : t.length();
            Matcher y = YEAR_START.matcher(t);
            y.region(l.end(), Math.min(next, l.end() + 30));
            if (y.find() && noPunctuation(t, l.end(), y.start()) && y.start() - l.end() >= 4) {
                cuts.add(y.start());
            }
        }
        cuts.sort(null);
        return cuts;
    }

    /**
     * {@code 一、加强党的建设，全面推进从严治党1加强…。2.加强…}: a bare 1 that a viewer left without
     * its dot, between a higher label (with no sentence end after it) and the 2. of the sequence.
     */
    private static void addBareOnes(String t, List<Label> found) {
        List<Label> bare = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Label two = found.get(i);
            if (two.rank() != 3 || two.value() != 2) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                Label higher = found.get(k);
                if (higher.rank() == 3 && higher.value() == 1) {
                    break;
                }
                if (higher.rank() < 3) {
                    Matcher b = BARE_ONE.matcher(t);
                    b.region(higher.end(), Math.min(two.at(), higher.end() + 40));
                    if (b.find() && t.substring(higher.end(), b.start()).indexOf('。') < 0) {
                        bare.add(new Label(b.start(), b.start() + 1, 3, 1));
                    }
                    break;
                }
            }
        }
        found.addAll(bare);
        found.sort(java.util.Comparator.comparingInt(Label::at));
    }

    private static Label label(Matcher m) {
        for (int g = 1; g <= 5; g++) {
            String v = m.group(g);
            if (v != null) {
                int rank = switch (g) {
                    case 1 -> 1;
                    case 2 -> 2;
                    case 3 -> 3;
                    case 4 -> 4;
                    default -> 0;
                };
                int value = Character.isDigit(v.charAt(0)) ? Integer.parseInt(v) : org.reportdesk.model.Numbering.parseChinese(v);
                return value > 0 ? new Label(m.start(), m.end(), rank, value) : null;
            }
        }
        return null;
    }

    /** A label inside a line starts a heading only after the end of a sentence or a heading. */
    private static boolean startsHeading(String t, Label l) {
        char before = t.charAt(l.at() - 1);
        if (l.end() >= t.length() || !Character.isLetterOrDigit(t.charAt(l.end())) && t.charAt(l.end()) != '“') {
            return false;
        }
        if (before == ' ' || before == '\u3000' || "。；！？：”」".indexOf(before) >= 0) {
            return true;
        }
        // （一）right after a heading without punctuation: 一、2024年度主要工作成效（一）基础…
        return l.rank() == 2 || l.rank() == 4;
    }

    /** The labels that continue a sequence: per rank 1, 2, 3 …; a lower rank restarts at 1 under a new higher one. */
    private static List<Label> consistent(List<Label> found) {
        List<Label> kept = new ArrayList<>();
        int[] next = {1, 1, 1, 1, 1};
        for (Label l : found) {
            if (l.value() == next[l.rank()]) {
                kept.add(l);
                next[l.rank()]++;
                for (int r = l.rank() + 1; r < next.length; r++) {
                    next[r] = 1;
                }
            }
        }
        // a 1. or （一） seen once is no sequence unless a higher label holds it; 一、 after a sentence is a heading
        List<Label> out = new ArrayList<>();
        for (Label l : kept) {
            boolean hasSibling = kept.stream().anyMatch(k -> k != l && k.rank() == l.rank());
            boolean underHigher = kept.stream().anyMatch(k -> k.rank() < l.rank() && k.at() < l.at());
            if (hasSibling || underHigher || l.rank() <= 1) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean noPunctuation(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("，。；：、,;:".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Viewer chunks {@code 1、… 2、… 3、…}: numbers dropped, a chunk cut mid-sentence joined to the one before. */
    private static List<SourceLine> joinChunks(List<SourceLine> in, ImportOptions options, List<ImportChange> changes) {
        List<Integer> chunks = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Matcher m = CHUNK.matcher(in.get(i).text());
            if (m.find() && Integer.parseInt(m.group(1)) == chunks.size() + 1
                    && (chunks.isEmpty() || in.get(chunks.get(chunks.size() - 1)).text().length() >= LONG_LINE)) {
                chunks.add(i);
            }
        }
        if (chunks.size() < 2 || in.get(chunks.get(0)).text().length() < LONG_LINE || !cutMidSentence(in, chunks)) {
            return in;
        }
        List<SourceLine> out = new ArrayList<>(in);
        for (int k = chunks.size() - 1; k >= 0; k--) {
            int i = chunks.get(k);
            SourceLine l = out.get(i);
            if (!options.accepts(ImportChange.Kind.LINE_SPLIT, l.number())) {
                continue;
            }
            int cut = l.text().indexOf('、') + 1;
            SourceLine rest = l.withParagraph(RichParagraphs.from(l.paragraph(), cut));
            int prev = k > 0 ? chunks.get(k - 1) : -1;
            if (prev >= 0 && prev == i - 1 && !endsSentence(out.get(prev).text())) {
                SourceLine p = out.get(prev);
                out.set(prev, p.withParagraph(RichParagraphs.concat(p.paragraph(), rest.paragraph())));
                out.set(i, rest.withParagraph(Paragraph.of("")));
            } else {
                out.set(i, rest);
            }
            changes.add(ImportChange.of(ImportChange.Kind.LINE_SPLIT, l.number(), l.text(), out.get(i).text()));
        }
        return out;
    }

    /** Whether a chunk before the last ends inside a sentence: a viewer's cut, not a list the author numbered. */
    private static boolean cutMidSentence(List<SourceLine> in, List<Integer> chunks) {
        for (int k = 0; k + 1 < chunks.size(); k++) {
            if (!endsSentence(in.get(chunks.get(k)).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(String t) {
        String s = t.strip();
        return !s.isEmpty() && OutlineParser.SENTENCE_END.indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
