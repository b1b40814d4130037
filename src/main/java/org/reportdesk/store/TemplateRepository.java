package org.reportdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;

/** Templates and skeletons kept in the local database. */
public interface TemplateRepository {

    /** Every template, hidden ones included. */
    List<Template> all();

    /** Visible templates of one kind, by title. */
    List<Template> visible(TemplateKind kind);

    Optional<Template> find(long id);

    /** The built-in template with this stable key, if loaded. */
    Optional<Template> findByKey(String key);

    /** Inserts (id null) or updates; returns the template with its id. */
    Template save(Template template);

    void delete(long id);

    /** Counts one use and stamps the time of it. */
    void recordUse(long id);

    /** Saves all or, when one fails, none. */
    default List<Template> saveAll(List<Template> templates) {
        List<Template> out = new ArrayList<>(templates.size());
        for (Template t : templates) {
            out.add(save(t));
        }
        return out;
    }

    /**
     * A short fingerprint of the stored templates that changes whenever one is added, changed,
     * deleted or used; the search index records it to notice that it is stale.
     */
    default String stamp() {
        return Integer.toHexString(Objects.hash(all().stream()
                .map(t -> Objects.hash(t.id(), t.updatedAt(), t.usageCount(), t.favourite(), t.hidden()))
                .toList()));
    }
}
