package org.reportdesk.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Section;

/**
 * Builds the section tree from headings in reading order, each with the rank of its label
 * (1 一、, 2 （一）, 3 1., 4 （1）).
 * <ul>
 * <li>A heading goes under the nearest open heading of a smaller rank. Skipped ranks create no
 * empty levels: a （一） directly under the title is a top-level section, a 1. directly under 一、
 * is its child. So depth never exceeds rank, and never 4.</li>
 * <li>A label restarting at 1 where its parent already holds that rank means the heading of a new
 * group was lost (web copies drop them: {@code 1. 2. 3. 1. 2. …}). The importer then creates the
 * missing parent: an empty heading flagged {@link Section#needsReview()} for the user to name.
 * When the parent is itself one rank up (一、（一）（二）（一）), the lost heading is a sibling of
 * that parent; when ranks were skipped (1. 2. 1. under the title), both the earlier run and the
 * new one get such a parent.</li>
 * </ul>
 */
final class OutlineBuilder {

    private final Section root;
    private final Map<Section, Integer> ranks = new IdentityHashMap<>();
    private final Deque<Section> open = new ArrayDeque<>();
    private final List<Section> created = new ArrayList<>();
    /** Per parent, how many labelled headings of each rank it was given (for the source's numbering errors). */
    private final Map<Section, int[]> labelled = new IdentityHashMap<>();
    private final java.util.Set<Section> labelless = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final java.util.Set<Section> firstOfRun = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    OutlineBuilder(Section root) {
        this.root = root;
        ranks.put(root, 0);
        open.push(root);
    }

    /** Adds {@code s} as the heading with {@code rank} and label value {@code value}; returns it. */
    Section add(Section s, int rank, int value) {
        if (value == 0) {
            labelless.add(s);
        } else if (value == 1) {
            firstOfRun.add(s);
        }
        while (rank(open.peek()) >= rank) {
            open.pop();
        }
        Section parent = open.peek();
        if (value == 1 && hasChildOfRank(parent, rank) && rank > 1) {
            parent = missingParent(parent, rank);
        }
        if (value > 0) {
            int[] seen = labelled.computeIfAbsent(parent, p -> new int[Numbering.MAX_DEPTH + 1]);
            int expected = ++seen[Math.min(rank, Numbering.MAX_DEPTH)];
            if (value != expected) {
                SourceNumbering.note(s, rank, value, expected);
            }
        }
        parent.add(s);
        ranks.put(s, rank);
        open.push(s);
        return s;
    }

    /**
     * Ends the outline. A label-less top-level heading (a Markdown heading without label, e.g.
     * {@code ## 下半年工作思路}) followed by 一、 restarting at 1 takes that run as its children; the
     * 一、 run before it then gets a parent to name. Done only when no section ends deeper than four
     * levels.
     */
    void finish() {
        List<Section> top = new ArrayList<>(root.children());
        int firstGroup = -1;
        for (int i = 0; i + 1 < top.size(); i++) {
            if (labelless.contains(top.get(i)) && top.get(i).children().isEmpty() && firstOfRun.contains(top.get(i + 1))
                    && rank(top.get(i + 1)) == 1) {
                firstGroup = i;
                break;
            }
        }
        if (firstGroup < 0 || top.stream().anyMatch(s -> s.subtreeHeight() >= Numbering.MAX_DEPTH - 1)) {
            return;
        }
        Section group = null;
        List<Section> before = new ArrayList<>(top.subList(0, firstGroup));
        if (!before.isEmpty()) {
            Section earlier = placeholder(1);
            root.add(0, earlier);
            for (Section s : before) {
                s.detach();
                earlier.add(s);
            }
        }
        for (Section s : top.subList(firstGroup, top.size())) {
            if (labelless.contains(s) && s.children().isEmpty()) {
                group = s;
            } else if (group != null) {
                s.detach();
                group.add(s);
            }
        }
    }

    /** Sections created for lost headings, in the order they were made. */
    List<Section> createdParents() {
        return created;
    }

    private Section missingParent(Section parent, int rank) {
        if (rank(parent) == rank - 1 && parent != root) {
            open.pop();
            Section grand = open.peek();
            return openNew(grand, rank - 1);
        }
        List<Section> run = trailingRun(parent, rank);
        Section earlier = placeholder(rank - 1);
        int at = run.get(0).index();
        for (Section s : run) {
            s.detach();
            earlier.add(s);
        }
        parent.add(at, earlier);
        return openNew(parent, rank - 1);
    }

    private Section openNew(Section parent, int rank) {
        Section c = placeholder(rank);
        parent.add(c);
        open.push(c);
        return c;
    }

    private Section placeholder(int rank) {
        Section c = new Section("");
        c.setNeedsReview(true);
        ranks.put(c, rank);
        created.add(c);
        return c;
    }

    private List<Section> trailingRun(Section parent, int rank) {
        List<Section> kids = parent.children();
        int i = kids.size();
        while (i > 0 && rank(kids.get(i - 1)) == rank) {
            i--;
        }
        return new ArrayList<>(kids.subList(i, kids.size()));
    }

    private boolean hasChildOfRank(Section parent, int rank) {
        List<Section> kids = parent.children();
        return !kids.isEmpty() && rank(kids.get(kids.size() - 1)) == rank;
    }

    private int rank(Section s) {
        return ranks.getOrDefault(s, 0);
    }
}
