package org.reportdesk.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese text as overlapping character bigrams plus single characters: {@code 课后服务} is indexed
 * as 课 课后 后 后服 服 服务 务, the bigram at the position of its first character. A query word then
 * becomes a phrase of bigrams (exact substring recall) and a one-character query a unigram term.
 * Full-width Latin letters and digits are folded to half-width, Latin to lower case.
 */
final class CjkBigramAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL, true);
        return new TokenStreamComponents(source, ts);
    }
}
