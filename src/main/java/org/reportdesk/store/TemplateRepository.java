package org.reportdesk.store;

import java.util.List;
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
}
