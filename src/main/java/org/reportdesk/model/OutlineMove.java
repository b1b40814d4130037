package org.reportdesk.model;

/**
 * One structural edit of an outline: a section taken from one place and put at another. An
 * insertion has no source parent, a deletion no target parent. Applying and reverting are exact
 * inverses, which is what makes structural edits undoable.
 */
public record OutlineMove(Section section, Section fromParent, int fromIndex, Section toParent, int toIndex) {

    public static OutlineMove insert(Section section, Section parent, int index) {
        return new OutlineMove(section, null, -1, parent, index);
    }

    public static OutlineMove delete(Section section) {
        return new OutlineMove(section, section.parent(), section.index(), null, -1);
    }

    /** A move of an attached section to {@code index} among the children of {@code parent}, counted after removal. */
    public static OutlineMove move(Section section, Section parent, int index) {
        return new OutlineMove(section, section.parent(), section.index(), parent, index);
    }

    public OutlineMove inverse() {
        return new OutlineMove(section, toParent, toIndex, fromParent, fromIndex);
    }

    /** Whether the section, with all its descendants, stays within {@link Numbering#MAX_DEPTH} levels. */
    public boolean keepsDepth() {
        return toParent == null || toParent.depth() + 1 + section.subtreeHeight() <= Numbering.MAX_DEPTH;
    }

    /** Whether the target lies inside the moved section itself. */
    public boolean isIntoItself() {
        for (Section s = toParent; s != null; s = s.parent()) {
            if (s == section) {
                return true;
            }
        }
        return false;
    }

    public void apply() {
        if (section.parent() != null) {
            section.detach();
        }
        if (toParent != null) {
            toParent.add(toIndex, section);
        }
    }
}
