package org.reportdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchHit;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.SearchQuery;
import org.reportdesk.store.StoreException;
import org.reportdesk.store.TemplateRepository;

/**
 * The template library as the app and the CLI use it: search, preview, insert, save-as, edit,
 * hide/restore, favourites and packs. Every change goes to the database and then to the search
 * index, so the two stay in step; call {@link #startUp} once after opening the database.
 * Thread-safe; changes are serialised. Never call it on the FX thread (database and index work).
 */
public final class TemplateLibrary {

    private final TemplateRepository repo;
    private final SearchIndex index;
    private final MetaStore meta;

    public TemplateLibrary(TemplateRepository repo, SearchIndex index, MetaStore meta) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.index = Objects.requireNonNull(index, "index");
        this.meta = Objects.requireNonNull(meta, "meta");
    }

    /** On app start: loads or updates the built-in library, then rebuilds the index if it is missing or stale. */
    public synchronized void startUp(BuiltinLibrary builtins) {
        builtins.sync(repo, meta);
        ensureIndexCurrent();
    }

    /** Rebuilds the search index when it does not reflect the database; returns whether it did. */
    public synchronized boolean ensureIndexCurrent() {
        String stamp = repo.stamp();
        if (index.isCurrent(stamp)) {
            return false;
        }
        index.rebuild(repo.all(), stamp);
        return true;
    }

    public List<SearchHit> search(SearchQuery query) {
        return index.search(query);
    }

    /** Every visible template, favourites and most used first. */
    public List<SearchHit> list() {
        return index.search(SearchQuery.of("").withLimit(Integer.MAX_VALUE));
    }

    public Optional<Template> find(long id) {
        return repo.find(id);
    }

    public List<Template> all() {
        return repo.all();
    }

    /** Topics for the filter: the built-in ones in report order, then the users' own, sorted. */
    public List<String> topics() {
        Set<String> own = new TreeSet<>();
        for (Template t : repo.all()) {
            if (!t.topic().isBlank() && !Topics.BUILTIN.contains(t.topic())) {
                own.add(t.topic());
            }
        }
        List<String> out = new ArrayList<>(Topics.BUILTIN);
        out.addAll(own);
        return out;
    }

    /** The template as it would read in a report with these field values; nothing is stored. */
    public Template preview(Template t, Map<String, String> fieldValues) {
        List<Section> sections = t.instantiate(fieldValues);
        return new Template(t.id(), t.key(), Fields.fill(t.title(), fieldValues), t.kind(), t.topic(), t.tags(),
                Fields.fill(t.titlePattern(), fieldValues), t.opening().mapText(s -> Fields.fill(s, fieldValues)),
                sections, t.source(), t.favourite(), t.hidden(), t.usageCount(), t.createdAt(), t.updatedAt(),
                t.lastUsedAt());
    }

    /** Filled copies of a template's sections, ready to insert into a report; counts one use. */
    public List<Section> insert(long templateId, Map<String, String> fieldValues) {
        Template t = require(templateId);
        List<Section> copies = t.instantiate(fieldValues);
        recordUse(templateId);
        return copies;
    }

    /** A new report from a skeleton template; counts one use. */
    public Report newReport(long skeletonId, String unit, int year, Period period) {
        Report r = ReportFactory.fromSkeleton(require(skeletonId), unit, year, period);
        recordUse(skeletonId);
        return r;
    }

    public synchronized void recordUse(long templateId) {
        repo.recordUse(templateId);
        reindex(templateId);
    }

    /**
     * Saves a section of a report (with its subsections) as an own template. With
     * {@code figuresToBlanks} every number with a unit becomes {@code 【数字】}, see {@link FigureBlanker}.
     */
    public synchronized Template saveSection(Section section, String title, TemplateKind kind, String topic,
                                             List<String> tags, boolean figuresToBlanks) {
        return store(ownTemplate(section, title, kind, topic, tags, figuresToBlanks));
    }

    /**
     * Saves sections as own templates, each titled by {@code title}, in one transaction: all of
     * them, or none when one is refused or the database fails half-way.
     */
    public synchronized List<Template> saveSections(List<Section> sections, Function<Section, String> title,
                                                    TemplateKind kind, String topic) {
        List<Template> templates = new ArrayList<>(sections.size());
        for (Section s : sections) {
            templates.add(ownTemplate(s, title.apply(s), kind, topic, List.of(), false));
        }
        return addAll(templates);
    }

    private static Template ownTemplate(Section section, String title, TemplateKind kind, String topic,
                                        List<String> tags, boolean figuresToBlanks) {
        if (title == null || title.isBlank()) {
            throw new UserFacingException("library.titleRequired");
        }
        Section copy = section.copy();
        clearReview(copy);
        if (figuresToBlanks) {
            FigureBlanker.blank(copy);
        }
        return Template.of(null, title.strip(), kind, topic, tags, "", null, List.of(copy), TemplateSource.OWN);
    }

    /**
     * Saves an edited template. Editing a built-in leaves the original untouched: the edit is saved
     * as an own template and the built-in is hidden (restorable with {@link #restore}).
     */
    public synchronized Template update(Template edited) {
        if (edited.title().isBlank()) {
            throw new UserFacingException("library.titleRequired");
        }
        if (edited.id() == null) {
            return store(edited);
        }
        Template old = require(edited.id());
        if (old.source() != TemplateSource.BUILTIN) {
            return store(copyFlags(edited, old, old.source(), old.key(), edited.id()));
        }
        Template own = store(copyFlags(edited, old, TemplateSource.OWN, null, null));
        setHidden(old, true);
        return own;
    }

    /** Deletes an own or imported template; built-ins can only be hidden. */
    public synchronized void delete(long id) {
        Template t = require(id);
        if (t.source() == TemplateSource.BUILTIN) {
            throw new UserFacingException("library.builtinNotDeletable", t.title());
        }
        repo.delete(id);
        index.remove(id, repo.stamp());
    }

    public synchronized void hide(long id) {
        setHidden(require(id), true);
    }

    public synchronized void restore(long id) {
        setHidden(require(id), false);
    }

    /** Shows every hidden built-in template again; returns how many. */
    public synchronized int restoreAllBuiltins() {
        List<Template> changed = new ArrayList<>();
        for (Template t : repo.all()) {
            if (t.source() == TemplateSource.BUILTIN && t.hidden()) {
                changed.add(withFlags(t, t.favourite(), false));
            }
        }
        if (!changed.isEmpty()) {
            List<Template> saved = repo.saveAll(changed);
            index.putAll(saved, repo.stamp());
        }
        return changed.size();
    }

    /** Flips the favourite mark; returns the new state. */
    public synchronized boolean toggleFavourite(long id) {
        Template t = require(id);
        store(withFlags(t, !t.favourite(), t.hidden()));
        return !t.favourite();
    }

    /** Saves several new templates in one transaction (all or none) and indexes them. */
    synchronized List<Template> addAll(List<Template> templates) {
        List<Template> saved = repo.saveAll(templates);
        index.putAll(saved, repo.stamp());
        return saved;
    }

    private Template store(Template t) {
        Template saved = repo.save(t);
        index.put(saved, repo.stamp());
        return saved;
    }

    private void reindex(long id) {
        repo.find(id).ifPresent(t -> index.put(t, repo.stamp()));
    }

    private void setHidden(Template t, boolean hidden) {
        if (t.hidden() != hidden) {
            store(withFlags(t, t.favourite(), hidden));
        }
    }

    private Template require(long id) {
        return repo.find(id).orElseThrow(() -> new StoreException("store.templateMissing", id));
    }

    private static Template withFlags(Template t, boolean favourite, boolean hidden) {
        return new Template(t.id(), t.key(), t.title(), t.kind(), t.topic(), t.tags(), t.titlePattern(), t.opening(),
                t.sections(), t.source(), favourite, hidden, t.usageCount(), t.createdAt(), t.updatedAt(), t.lastUsedAt());
    }

    private static Template copyFlags(Template content, Template flags, TemplateSource source, String key, Long id) {
        return new Template(id, key, content.title().strip(), content.kind(), content.topic(), content.tags(),
                content.titlePattern(), content.opening(), content.sections(), source, flags.favourite(),
                id != null && flags.hidden(), flags.usageCount(), id != null ? flags.createdAt() : null, null,
                flags.lastUsedAt());
    }

    private static void clearReview(Section s) {
        s.setNeedsReview(false);
        s.forEachDescendant(c -> c.setNeedsReview(false));
    }
}
