package org.reportdesk.store;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.reportdesk.model.Template;

/**
 * A template as a Lucene document: searchable texts, filter keys, sort values and what a hit shows.
 * What a hit shows is kept in doc values, not stored fields: reading 50 stored documents means
 * decompressing 50 blocks (~3 ms), and so would sorted doc values' term dictionary; binary and
 * numeric doc values are read in place.
 */
final class TemplateDocument {

    /** Snippets come from the start of this much text; the whole text is still searched. */
    static final int MAX_SNIPPET_SOURCE = 20_000;

    private TemplateDocument() {
    }

    static Document of(Template t) {
        if (t.id() == null) {
            throw new IllegalArgumentException("only saved templates are indexed: " + t.title());
        }
        Document d = new Document();
        String body = t.plainText().strip();
        d.add(new StringField(SearchIndex.ID, Long.toString(t.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(SearchIndex.ID_VALUE, t.id()));
        d.add(new TextField(SearchIndex.TITLE, t.title(), Field.Store.NO));
        d.add(new TextField(SearchIndex.BODY, body, Field.Store.NO));
        d.add(new TextField(SearchIndex.META, t.topic() + " " + t.kind().label() + " " + String.join(" ", t.tags()),
                Field.Store.NO));
        d.add(new StringField(SearchIndex.KIND, t.kind().name(), Field.Store.NO));
        d.add(new NumericDocValuesField(SearchIndex.KIND, t.kind().ordinal()));
        d.add(new StringField(SearchIndex.TOPIC, t.topic(), Field.Store.NO));
        d.add(new BinaryDocValuesField(SearchIndex.TOPIC, new BytesRef(t.topic())));
        d.add(new StringField(SearchIndex.HIDDEN, t.hidden() ? "1" : "0", Field.Store.NO));
        d.add(new NumericDocValuesField(SearchIndex.HIDDEN, t.hidden() ? 1 : 0));
        d.add(new NumericDocValuesField(SearchIndex.SOURCE, t.source().ordinal()));
        d.add(new NumericDocValuesField(SearchIndex.FAVOURITE, t.favourite() ? 1 : 0));
        d.add(new NumericDocValuesField(SearchIndex.USAGE, t.usageCount()));
        d.add(new NumericDocValuesField(SearchIndex.LAST_USED, t.lastUsedAt() == null ? 0 : t.lastUsedAt().toEpochMilli()));
        d.add(new SortedDocValuesField(SearchIndex.TITLE_SORT, new BytesRef(t.title())));
        d.add(new BinaryDocValuesField(SearchIndex.TITLE, new BytesRef(t.title())));
        String shown = body.startsWith(t.title() + "\n") ? body.substring(t.title().length() + 1) : body;
        d.add(new BinaryDocValuesField(SearchIndex.SNIPPET_SOURCE,
                new BytesRef(shown.length() > MAX_SNIPPET_SOURCE ? shown.substring(0, MAX_SNIPPET_SOURCE) : shown)));
        return d;
    }
}
