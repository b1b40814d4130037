package org.reportdesk.model;

/**
 * The structural edits an outline offers, as {@link OutlineMove}s not yet applied; null where the
 * edit is not possible from the section's position (e.g. moving the first section up). Whether a
 * move keeps within {@link Numbering#MAX_DEPTH} is for the caller to check with
 * {@link OutlineMove#keepsDepth()}.
 */
public final class OutlineMoves {

    private OutlineMoves() {
    }

    public static OutlineMove up(Section s) {
        return s.index() > 0 ? OutlineMove.move(s, s.parent(), s.index() - 1) : null;
    }

    public static OutlineMove down(Section s) {
        return s.index() < s.parent().children().size() - 1 ? OutlineMove.move(s, s.parent(), s.index() + 1) : null;
    }

    /** The section becomes the last child of its previous sibling. */
    public static OutlineMove demote(Section s) {
        if (s.index() == 0) {
            return null;
        }
        Section prev = s.parent().children().get(s.index() - 1);
        return OutlineMove.move(s, prev, prev.children().size());
    }

    /** The section becomes the next sibling of its parent. */
    public static OutlineMove promote(Section s) {
        Section parent = s.parent();
        return parent.isRoot() ? null : OutlineMove.move(s, parent.parent(), parent.index() + 1);
    }

    /** {@code source} placed just before ({@code after} false) or after {@code target}, as its sibling. */
    public static OutlineMove beside(Section source, Section target, boolean after) {
        if (source == target) {
            return null;
        }
        Section parent = target.parent();
        int at = target.index() + (after ? 1 : 0);
        if (source.parent() == parent && source.index() < at) {
            at--;
        }
        return OutlineMove.move(source, parent, at);
    }

    /** {@code source} as the last child of {@code target}. */
    public static OutlineMove into(Section source, Section target) {
        if (source == target) {
            return null;
        }
        int at = target.children().size() - (source.parent() == target ? 1 : 0);
        return OutlineMove.move(source, target, at);
    }
}
