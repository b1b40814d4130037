package org.reportdesk.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

/** Turns top documents into {@link SearchHit}s from doc values, visiting each segment in doc order. */
final class HitReader {

    private static final TemplateKind[] KINDS = TemplateKind.values();
    private static final TemplateSource[] SOURCES = TemplateSource.values();

    private HitReader() {
    }

    /** {@code top} from a search sorted by score first ({@link FieldDoc#fields}[0] the score), or by use (score 0). */
    static List<SearchHit> read(IndexSearcher searcher, ScoreDoc[] top, boolean scored, QueryWords words) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[top.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> top[i].doc));
        SearchHit[] hits = new SearchHit[top.length];
        int current = -1;
        Leaf leaf = null;
        for (int i : order) {
            int doc = top[i].doc;
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != current) {
                current = li;
                leaf = new Leaf(leaves.get(li).reader());
            }
            float score = scored ? (Float) ((FieldDoc) top[i]).fields[0] : 0f;
            hits[i] = leaf.hit(doc - leaves.get(li).docBase, score, words);
        }
        return new ArrayList<>(Arrays.asList(hits));
    }

    private static final class Leaf {
        final NumericDocValues id;
        final BinaryDocValues title;
        final NumericDocValues kind;
        final BinaryDocValues topic;
        final NumericDocValues source;
        final NumericDocValues favourite;
        final NumericDocValues hidden;
        final NumericDocValues usage;
        final BinaryDocValues body;

        Leaf(LeafReader r) throws IOException {
            id = DocValues.getNumeric(r, SearchIndex.ID_VALUE);
            title = DocValues.getBinary(r, SearchIndex.TITLE);
            kind = DocValues.getNumeric(r, SearchIndex.KIND);
            topic = DocValues.getBinary(r, SearchIndex.TOPIC);
            source = DocValues.getNumeric(r, SearchIndex.SOURCE);
            favourite = DocValues.getNumeric(r, SearchIndex.FAVOURITE);
            hidden = DocValues.getNumeric(r, SearchIndex.HIDDEN);
            usage = DocValues.getNumeric(r, SearchIndex.USAGE);
            body = DocValues.getBinary(r, SearchIndex.SNIPPET_SOURCE);
        }

        SearchHit hit(int doc, float score, QueryWords words) throws IOException {
            id.advanceExact(doc);
            String t = text(title, doc);
            String text = text(body, doc);
            kind.advanceExact(doc);
            source.advanceExact(doc);
            favourite.advanceExact(doc);
            hidden.advanceExact(doc);
            usage.advanceExact(doc);
            Highlighter.Snippet snippet = Highlighter.snippet(text, words);
            return new SearchHit(id.longValue(), t, KINDS[(int) kind.longValue()], text(topic, doc),
                    SOURCES[(int) source.longValue()], favourite.longValue() == 1, hidden.longValue() == 1,
                    (int) usage.longValue(),
                    score, Highlighter.matches(t, words), snippet.text(), snippet.matches());
        }

        private static String text(BinaryDocValues dv, int doc) throws IOException {
            return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : "";
        }
    }
}
