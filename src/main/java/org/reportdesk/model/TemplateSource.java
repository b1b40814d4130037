package org.reportdesk.model;

/** Where a template came from. */
public enum TemplateSource {
    BUILTIN, OWN, IMPORTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
