package org.reportdesk.store;

import org.reportdesk.model.TemplateKind;

/**
 * What to search for: free text (words separated by spaces or punctuation must all occur), optional
 * kind and topic filters, whether hidden templates count, and how many hits to return. Blank text
 * (or punctuation only) lists every matching template, favourites and most used first.
 */
public record SearchQuery(String text, TemplateKind kind, String topic, boolean includeHidden, int limit) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        text = text == null ? "" : text;
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, false, DEFAULT_LIMIT);
    }

    public SearchQuery withKind(TemplateKind k) {
        return new SearchQuery(text, k, topic, includeHidden, limit);
    }

    public SearchQuery withTopic(String t) {
        return new SearchQuery(text, kind, t, includeHidden, limit);
    }

    public SearchQuery includingHidden() {
        return new SearchQuery(text, kind, topic, true, limit);
    }

    public SearchQuery withLimit(int n) {
        return new SearchQuery(text, kind, topic, includeHidden, n);
    }
}
