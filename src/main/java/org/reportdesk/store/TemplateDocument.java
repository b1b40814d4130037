package org.reportdesk.store;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.reportdesk.model.Template;

/** A template as a Lucene document: searchable texts, filter keys, sort values and what a hit shows. */
final class TemplateDocument {

    private TemplateDocument() {
    }

    static Document of(Template t) {
        if (t.id() == null) {
            throw new IllegalArgumentException("only saved templates are indexed: " + t.title());
        }
        Document d = new Document();
        d.add(new StringField(SearchIndex.ID, Long.toString(t.id()), Field.Store.NO));
        d.add(new StoredField(SearchIndex.ID, t.id()));
        d.add(new TextField(SearchIndex.TITLE, t.title(), Field.Store.YES));
        d.add(new TextField(SearchIndex.BODY, t.plainText().strip(), Field.Store.YES));
        d.add(new TextField(SearchIndex.META, t.topic() + " " + t.kind().label() + " " + String.join(" ", t.tags()),
                Field.Store.NO));
        d.add(new StringField(SearchIndex.KIND, t.kind().name(), Field.Store.YES));
        d.add(new StringField(SearchIndex.TOPIC, t.topic(), Field.Store.YES));
        d.add(new StringField(SearchIndex.HIDDEN, t.hidden() ? "1" : "0", Field.Store.NO));
        d.add(new StoredField(SearchIndex.SOURCE, t.source().name()));
        d.add(new StoredField(SearchIndex.FAVOURITE, t.favourite() ? "1" : "0"));
        d.add(new NumericDocValuesField(SearchIndex.FAVOURITE, t.favourite() ? 1 : 0));
        d.add(new StoredField(SearchIndex.USAGE, t.usageCount()));
        d.add(new NumericDocValuesField(SearchIndex.USAGE, t.usageCount()));
        d.add(new NumericDocValuesField(SearchIndex.LAST_USED, t.lastUsedAt() == null ? 0 : t.lastUsedAt().toEpochMilli()));
        d.add(new SortedDocValuesField(SearchIndex.TITLE_SORT, new BytesRef(t.title())));
        return d;
    }
}
