package org.reportdesk.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.TemplateRepository;

/**
 * The templates and skeletons shipped with ReportDesk, as JSON resources listed in
 * {@code builtin/index.txt}. {@link #sync} loads them into the database on first start and
 * whenever the shipped library changes, keeping the user's favourites, hidden flags and counts.
 */
public final class BuiltinLibrary {

    private static final String DIR = "/org/reportdesk/library/builtin/";
    static final String META_HASH = "builtin.library.hash";

    private final List<String> resources;

    public BuiltinLibrary() {
        this(readIndex());
    }

    BuiltinLibrary(List<String> resources) {
        this.resources = List.copyOf(resources);
    }

    /** Every built-in template, parsed. */
    public List<Template> load() {
        List<Template> out = new ArrayList<>();
        for (String name : resources) {
            out.addAll(TemplateJson.read(read(name), TemplateSource.BUILTIN));
        }
        return out;
    }

    /** Brings the database in step with the shipped library; a no-op when it already is. */
    public boolean sync(TemplateRepository repo, MetaStore meta) {
        String hash = hash();
        if (meta.get(META_HASH).filter(hash::equals).isPresent()) {
            return false;
        }
        Map<String, Template> stored = new HashMap<>();
        for (Template t : repo.all()) {
            if (t.key() != null) {
                stored.put(t.key(), t);
            }
        }
        Set<String> shipped = new HashSet<>();
        List<Template> changed = new ArrayList<>();
        for (Template t : load()) {
            shipped.add(t.key());
            Template old = stored.get(t.key());
            if (old == null) {
                changed.add(t);
            } else {
                changed.add(new Template(old.id(), t.key(), t.title(), t.kind(), t.topic(), t.tags(), t.titlePattern(),
                        t.opening(), t.sections(), TemplateSource.BUILTIN, old.favourite(), old.hidden(),
                        old.usageCount(), old.createdAt(), old.updatedAt(), old.lastUsedAt()));
            }
        }
        // One transaction: first start loads the whole library in a fraction of the per-row commits' time.
        repo.saveAll(changed);
        for (Template t : stored.values()) {
            if (t.source() == TemplateSource.BUILTIN && !shipped.contains(t.key())) {
                repo.delete(t.id());
            }
        }
        meta.put(META_HASH, hash);
        return true;
    }

    private String hash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String name : resources) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update(read(name).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readIndex() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                names.add(n);
            }
        }
        return names;
    }

    private static String read(String name) {
        try (InputStream in = BuiltinLibrary.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("built-in library resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("built-in library resource unreadable: " + name, e);
        }
    }
}
