package org.reportdesk.store;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene query of a {@link SearchQuery}. Scores are fixed tiers per word, summed over words:
 * the word whole in the title 8, its pieces scattered in the title 4, whole in topic/kind/tags 2,
 * whole in the body 2, scattered in the body 1. So a title match always ranks above a body-only
 * match and a whole word above scattered pieces, and equal tiers tie exactly, which lets favourites
 * and usage decide among them (see {@link #sort}).
 */
final class TemplateQuery {

    static final float TITLE_EXACT = 8f;
    static final float TITLE_PIECES = 4f;
    static final float META_EXACT = 2f;
    static final float BODY_EXACT = 2f;
    static final float BODY_PIECES = 1f;

    private static final Sort BY_USE = new Sort(
            new SortField(SearchIndex.FAVOURITE, SortField.Type.INT, true),
            new SortField(SearchIndex.USAGE, SortField.Type.INT, true),
            new SortField(SearchIndex.LAST_USED, SortField.Type.LONG, true),
            new SortField(SearchIndex.TITLE_SORT, SortField.Type.STRING));
    /** No title here: a string sort looks up each top title in a compressed dictionary (~0.5 ms per search). */
    private static final Sort BY_SCORE_THEN_USE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(SearchIndex.FAVOURITE, SortField.Type.INT, true),
            new SortField(SearchIndex.USAGE, SortField.Type.INT, true),
            new SortField(SearchIndex.LAST_USED, SortField.Type.LONG, true));

    private TemplateQuery() {
    }

    static Query build(QueryWords words, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (words.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        for (QueryWords.Word w : words.words()) {
            b.add(word(w), Occur.MUST);
        }
        if (q.kind() != null) {
            b.add(new TermQuery(new Term(SearchIndex.KIND, q.kind().name())), Occur.FILTER);
        }
        if (q.topic() != null) {
            b.add(new TermQuery(new Term(SearchIndex.TOPIC, q.topic())), Occur.FILTER);
        }
        if (!q.includeHidden()) {
            b.add(new TermQuery(new Term(SearchIndex.HIDDEN, "1")), Occur.MUST_NOT);
        }
        return b.build();
    }

    static Sort sort(QueryWords words) {
        return words.isEmpty() ? BY_USE : BY_SCORE_THEN_USE;
    }

    private static Query word(QueryWords.Word w) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(tier(exact(SearchIndex.TITLE, w), TITLE_EXACT), Occur.SHOULD);
        b.add(tier(exact(SearchIndex.META, w), META_EXACT), Occur.SHOULD);
        b.add(tier(exact(SearchIndex.BODY, w), BODY_EXACT), Occur.SHOULD);
        if (!w.pieces().isEmpty()) {
            b.add(tier(pieces(SearchIndex.TITLE, w), TITLE_PIECES), Occur.SHOULD);
            b.add(tier(pieces(SearchIndex.BODY, w), BODY_PIECES), Occur.SHOULD);
        }
        return b.build();
    }

    private static Query tier(Query q, float score) {
        return new BoostQuery(new ConstantScoreQuery(q), score);
    }

    private static Query exact(String field, QueryWords.Word w) {
        if (w.exact().size() == 1) {
            return new TermQuery(new Term(field, w.exact().get(0).text()));
        }
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (QueryWords.Term t : w.exact()) {
            p.add(new Term(field, t.text()), t.position());
        }
        return p.build();
    }

    private static Query pieces(String field, QueryWords.Word w) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String piece : w.pieces()) {
            b.add(new TermQuery(new Term(field, piece)), Occur.MUST);
        }
        return b.build();
    }
}
