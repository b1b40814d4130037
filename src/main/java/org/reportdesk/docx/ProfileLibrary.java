package org.reportdesk.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.store.ProfileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export profiles a user can pick: the built-in ones (the standard first) and the local
 * variants saved in the database. Built-in profiles can be copied, not changed or removed.
 */
public final class ProfileLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileLibrary.class);

    private final ProfileStore store;

    public ProfileLibrary(ProfileStore store) {
        this.store = store;
    }

    /** Built-in profiles, then saved ones by name; a damaged saved profile is skipped and logged. */
    public List<ExportProfile> all() {
        List<ExportProfile> out = new ArrayList<>(ExportProfiles.builtin());
        for (Map.Entry<String, String> e : store.all().entrySet()) {
            parse(e.getKey(), e.getValue()).ifPresent(out::add);
        }
        return out;
    }

    /** A profile by name: built-in names first (ignoring case), then saved ones. */
    public Optional<ExportProfile> byName(String name) {
        Optional<ExportProfile> builtin = ExportProfiles.byName(name);
        if (builtin.isPresent() || name == null) {
            return builtin;
        }
        return store.find(name.strip()).flatMap(json -> parse(name.strip(), json));
    }

    /** Saves a local variant under its name; the names of built-in profiles are refused. */
    public void save(ExportProfile profile) {
        String name = profile.name() == null ? "" : profile.name().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("export.profile.nameMissing");
        }
        if (isBuiltin(name)) {
            throw new UserFacingException("export.profile.builtinName", name);
        }
        store.save(name, ExportProfileJson.write(profile.withName(name)));
    }

    public void delete(String name) {
        if (isBuiltin(name)) {
            throw new UserFacingException("export.profile.builtinName", name);
        }
        store.delete(name);
    }

    public static boolean isBuiltin(String name) {
        return ExportProfiles.byName(name).isPresent();
    }

    private static Optional<ExportProfile> parse(String name, String json) {
        try {
            return Optional.of(ExportProfileJson.read(json).withName(name));
        } catch (JsonFormatException e) {
            LOG.warn("saved export profile {} is damaged and was skipped: {}", name, e.getMessage());
            return Optional.empty();
        }
    }
}
