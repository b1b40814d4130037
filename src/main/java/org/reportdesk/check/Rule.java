package org.reportdesk.check;

/**
 * A preflight rule. Section findings must depend only on the {@link SectionContext} (they are
 * cached per section); report findings are recomputed on every check and must stay cheap.
 */
public interface Rule {

    default void checkSection(SectionContext section, FindingSink out) {
    }

    default void checkReport(ReportContext report, FindingSink out) {
    }
}
