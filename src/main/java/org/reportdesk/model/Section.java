package org.reportdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * A node of the report outline: a heading, a rich-text body and child sections. The invisible
 * root of a report's outline has depth 0; top-level sections (一、) have depth 1. The sequence
 * label is derived from the position in the tree, see {@link #label()}.
 */
public final class Section {

    private final String id;
    private String heading;
    private boolean runIn;
    private RichText body;
    private boolean needsReview;
    private Section parent;
    private final List<Section> children = new ArrayList<>();

    public Section(String heading) {
        this(newId(), heading, false, RichText.EMPTY);
    }

    public Section(String heading, RichText body) {
        this(newId(), heading, false, body);
    }

    public Section(String id, String heading, boolean runIn, RichText body) {
        this.id = Objects.requireNonNull(id, "id");
        this.heading = heading == null ? "" : heading;
        this.runIn = runIn;
        this.body = body == null ? RichText.EMPTY : body;
    }

    /**
     * An id that tells sections apart within a session (ids are not written to files). Not
     * {@code UUID.randomUUID()}: its SecureRandom costs ~50 ms of start-up in a one-shot CLI export.
     */
    private static String newId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }

    /** The invisible root of an outline. */
    public static Section root() {
        return new Section("root", "", false, RichText.EMPTY);
    }

    public String id() {
        return id;
    }

    public String heading() {
        return heading;
    }

    public void setHeading(String heading) {
        this.heading = heading == null ? "" : heading;
    }

    /** Whether the heading is set run-in: heading sentence and body in one paragraph. */
    public boolean runIn() {
        return runIn;
    }

    public void setRunIn(boolean runIn) {
        this.runIn = runIn;
    }

    public RichText body() {
        return body;
    }

    public void setBody(RichText body) {
        this.body = body == null ? RichText.EMPTY : body;
    }

    /** True for a section carried over by a roll-forward that the user has not touched yet. */
    public boolean needsReview() {
        return needsReview;
    }

    public void setNeedsReview(boolean needsReview) {
        this.needsReview = needsReview;
    }

    public Section parent() {
        return parent;
    }

    public List<Section> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isRoot() {
        return parent == null;
    }

    public int depth() {
        int d = 0;
        for (Section s = parent; s != null; s = s.parent) {
            d++;
        }
        return d;
    }

    /** Levels of the deepest descendant below this section (0 for a leaf). */
    public int subtreeHeight() {
        int h = 0;
        for (Section c : children) {
            h = Math.max(h, 1 + c.subtreeHeight());
        }
        return h;
    }

    public int index() {
        return parent == null ? 0 : parent.children.indexOf(this);
    }

    /**
     * The sequence label (一、 （一） 1. （1）); "" for the root and for a section deeper than
     * {@link Numbering#MAX_DEPTH}, which an imported or hand-written file may contain and the
     * checker reports.
     */
    public String label() {
        int depth = depth();
        return parent == null || depth > Numbering.MAX_DEPTH ? "" : Numbering.label(depth, index());
    }

    /** Label and heading, as shown in the outline and printed in the export. */
    public String numberedHeading() {
        return label() + heading;
    }

    /** The numbering path used to name a section in messages, e.g. {@code 二/（一）/3}. */
    public String path() {
        if (parent == null) {
            return "";
        }
        int depth = depth();
        String own = depth > Numbering.MAX_DEPTH ? Integer.toString(index() + 1) : Numbering.bareLabel(depth, index());
        String up = parent.path();
        return up.isEmpty() ? own : up + "/" + own;
    }

    public void add(Section child) {
        add(children.size(), child);
    }

    public void add(int index, Section child) {
        if (child.parent != null) {
            throw new IllegalStateException("section already has a parent: " + child.id);
        }
        for (Section s = this; s != null; s = s.parent) {
            if (s == child) {
                throw new IllegalArgumentException("a section cannot contain itself");
            }
        }
        children.add(index, child);
        child.parent = this;
    }

    /** Detaches this section from its parent; returns the index it had. */
    public int detach() {
        if (parent == null) {
            throw new IllegalStateException("root cannot be detached");
        }
        int i = parent.children.indexOf(this);
        parent.children.remove(i);
        parent = null;
        return i;
    }

    /** Depth-first, pre-order walk over this section's descendants (not itself). */
    public void forEachDescendant(Consumer<Section> action) {
        for (Section c : children) {
            action.accept(c);
            c.forEachDescendant(action);
        }
    }

    public List<Section> descendants() {
        List<Section> out = new ArrayList<>();
        forEachDescendant(out::add);
        return out;
    }

    public Section find(String sectionId) {
        if (id.equals(sectionId)) {
            return this;
        }
        for (Section c : children) {
            Section f = c.find(sectionId);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /**
     * A deep copy with the same ids, detached: for work on another thread (checking, saving) whose
     * results must point at the live sections. Bodies are immutable and shared.
     */
    public Section copyKeepingIds() {
        Section c = new Section(id, heading, runIn, body);
        c.needsReview = needsReview;
        for (Section child : children) {
            c.add(child.copyKeepingIds());
        }
        return c;
    }

    /** A deep copy with fresh ids, detached. */
    public Section copy() {
        Section c = new Section(newId(), heading, runIn, body);
        c.needsReview = needsReview;
        for (Section child : children) {
            c.add(child.copy());
        }
        return c;
    }

    @Override
    public String toString() {
        return numberedHeading();
    }
}
