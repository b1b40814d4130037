package org.reportdesk.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.TemplateRepository;

/** Templates in memory, with the use counts recorded. */
public final class InMemoryTemplateRepository implements TemplateRepository {

    private final Map<Long, Template> byId = new LinkedHashMap<>();
    private final Map<Long, Integer> uses = new LinkedHashMap<>();
    private long nextId = 1;

    public InMemoryTemplateRepository(List<Template> initial) {
        initial.forEach(this::save);
    }

    @Override
    public synchronized List<Template> all() {
        return new ArrayList<>(byId.values());
    }

    @Override
    public synchronized List<Template> visible(TemplateKind kind) {
        return byId.values().stream().filter(t -> t.kind() == kind && !t.hidden())
                .sorted(Comparator.comparing(Template::title)).toList();
    }

    @Override
    public synchronized Optional<Template> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Template> findByKey(String key) {
        return byId.values().stream().filter(t -> key.equals(t.key())).findFirst();
    }

    @Override
    public synchronized Template save(Template template) {
        Template t = template.id() == null ? template.withId(nextId++) : template;
        byId.put(t.id(), t);
        return t;
    }

    @Override
    public synchronized void delete(long id) {
        byId.remove(id);
    }

    @Override
    public synchronized void recordUse(long id) {
        uses.merge(id, 1, Integer::sum);
    }

    public synchronized int uses(long id) {
        return uses.getOrDefault(id, 0);
    }
}
