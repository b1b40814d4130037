package org.reportdesk.model;

/**
 * Puts one section of an older version back into the current report: a section that still exists
 * gets its old heading, run-in and body (its subsections stay); a removed one is inserted again,
 * with its old subsections, under its old parent when that still exists (else at the top level),
 * at its old position as far as the parent now has room.
 */
public final class SectionRestore {

    private SectionRestore() {
    }

    /** Returns the section now in {@code current}. */
    public static Section restore(SectionChange change, Report current) {
        Section older = change.older();
        if (older == null) {
            throw new IllegalArgumentException("an added section has no older version");
        }
        Section target = change.current();
        if (target != null) {
            target.setHeading(older.heading());
            target.setRunIn(older.runIn());
            target.setBody(older.body());
            return target;
        }
        Section parent = older.parent() == null || older.parent().isRoot() ? null : current.findSection(older.parent().id());
        if (parent == null) {
            parent = current.root();
        }
        Section copy = older.copyKeepingIds();
        parent.add(Math.min(older.index(), parent.children().size()), copy);
        return copy;
    }

}
