package org.reportdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * The words of a query text, each as the index terms that spell it. A word is a run of letters and
 * digits; spaces and punctuation separate words. For a word the analyzer yields unigrams and
 * bigrams; {@link Word#exact} keeps the chain of bigrams that covers it (plus any Latin or digit
 * token), which as a phrase matches exactly the texts containing the word, and {@link Word#pieces}
 * keeps non-overlapping bigrams, which match the word's parts scattered over a text.
 */
record QueryWords(List<Word> words) {

    /** An index term at a phrase position. */
    record Term(String text, int position) {
    }

    /** One query word: its folded text, the exact-match chain and the scattered pieces (empty if too short). */
    record Word(String text, List<Term> exact, List<String> pieces) {
    }

    static QueryWords parse(String query, Analyzer analyzer) {
        List<Word> words = new ArrayList<>();
        String q = TextFold.fold(query);
        int i = 0;
        while (i < q.length()) {
            int cp = q.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < q.length() && Character.isLetterOrDigit(q.codePointAt(i))) {
                i += Character.charCount(q.codePointAt(i));
            }
            Word w = word(q.substring(start, i), analyzer);
            if (!w.exact().isEmpty() && words.stream().noneMatch(o -> o.text().equals(w.text()))) {
                words.add(w);
            }
        }
        return new QueryWords(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static Word word(String text, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchIndex.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute len = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(pos);
                lengths.add(len.getPositionLength());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Term> exact = new ArrayList<>();
        List<Integer> exactLengths = new ArrayList<>();
        int coveredUntil = -1;
        for (int k = 0; k < terms.size(); k++) {
            int p = positions.get(k);
            boolean bigramHere = hasBigramAt(positions, lengths, p);
            if (lengths.get(k) == 2 || (!bigramHere && p > coveredUntil)) {
                exact.add(new Term(terms.get(k), p));
                exactLengths.add(lengths.get(k));
                coveredUntil = Math.max(coveredUntil, p + lengths.get(k) - 1);
            }
        }
        return new Word(text, List.copyOf(exact), pieces(exact, exactLengths));
    }

    private static boolean hasBigramAt(List<Integer> positions, List<Integer> lengths, int p) {
        for (int k = 0; k < positions.size(); k++) {
            if (positions.get(k) == p && lengths.get(k) == 2) {
                return true;
            }
        }
        return false;
    }

    /** Non-overlapping terms covering the word, the last one overlapping if need be; empty below 3 terms. */
    private static List<String> pieces(List<Term> exact, List<Integer> lengths) {
        if (exact.size() < 3) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        int keptEnd = -1;
        int last = exact.size() - 1;
        for (int k = 0; k <= last; k++) {
            Term t = exact.get(k);
            int end = t.position() + lengths.get(k) - 1;
            if (t.position() > keptEnd || (k == last && end > keptEnd)) {
                out.add(t.text());
                keptEnd = end;
            }
        }
        return List.copyOf(out);
    }
}
