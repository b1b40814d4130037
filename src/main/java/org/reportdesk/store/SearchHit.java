package org.reportdesk.store;

import java.util.List;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

/**
 * One result of a template search, read from the index alone (no database round trip): enough
 * to draw a result row with highlights; the full template is {@code TemplateLibrary.find(id)}.
 *
 * @param hidden       only ever true when the query asked for hidden templates too
 * @param titleMatches ranges of {@link #title} that matched the query
 * @param snippet      a short excerpt of the template text around the first match (line breaks as spaces)
 * @param snippetMatches ranges of {@link #snippet} that matched
 */
public record SearchHit(
        long id,
        String title,
        TemplateKind kind,
        String topic,
        TemplateSource source,
        boolean favourite,
        boolean hidden,
        int usageCount,
        float score,
        List<Match> titleMatches,
        String snippet,
        List<Match> snippetMatches) {

    public SearchHit {
        titleMatches = List.copyOf(titleMatches);
        snippetMatches = List.copyOf(snippetMatches);
    }
}
