package org.reportdesk.store;

import java.util.Map;
import java.util.Optional;

/** Saved export profiles, by name, each as its JSON. */
public interface ProfileStore {

    /** Every saved profile: name → JSON, by name. */
    Map<String, String> all();

    Optional<String> find(String name);

    /** Inserts or replaces the profile called {@code name}. */
    void save(String name, String json);

    void delete(String name);
}
