package org.reportdesk.docx.read;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.Span;

/**
 * Linked chains joined in constant time, so that content handed up through thousands of nested
 * tables, cells and text boxes is never copied once per level.
 */
final class Chains {

    private Chains() {
    }

    /** Styled text of one paragraph in the making. */
    static final class Spans {
        private Node head;
        private Node tail;

        private static final class Node {
            final Span span;
            Node next;

            Node(Span span) {
                this.span = span;
            }
        }

        void add(Span s) {
            Node n = new Node(s);
            if (head == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
        }

        /** Moves {@code other}'s spans to the end of this chain; {@code other} is empty afterwards. */
        void append(Spans other) {
            if (other.head == null) {
                return;
            }
            if (head == null) {
                head = other.head;
            } else {
                tail.next = other.head;
            }
            tail = other.tail;
            other.head = null;
            other.tail = null;
        }

        boolean isEmpty() {
            return head == null;
        }

        List<Span> toList() {
            List<Span> out = new ArrayList<>();
            for (Node n = head; n != null; n = n.next) {
                out.add(n.span);
            }
            return out;
        }
    }

    /**
     * One paragraph read: its text, its style and outline level, whether it held a picture or was a
     * table row; or a whole table ({@code table} not null, no text).
     */
    static final class Block {
        final Spans spans;
        final String styleId;
        final Integer outlineLevel;
        final boolean picture;
        final boolean tableRow;
        boolean centered;
        /** Relationship ids of the pictures in this paragraph, in order (null: none). */
        List<String> pictureIds;
        org.reportdesk.model.Table table;
        Block next;

        Block(Spans spans, String styleId, Integer outlineLevel, boolean picture, boolean tableRow) {
            this.spans = spans;
            this.styleId = styleId;
            this.outlineLevel = outlineLevel;
            this.picture = picture;
            this.tableRow = tableRow;
        }

        static Block of(org.reportdesk.model.Table table) {
            Block b = new Block(new Spans(), null, null, false, false);
            b.table = table;
            return b;
        }
    }

    /** Paragraphs in document order. */
    static final class Blocks {
        Block head;
        private Block tail;

        void add(Block b) {
            if (head == null) {
                head = b;
            } else {
                tail.next = b;
            }
            tail = b;
        }

        /** Moves {@code other}'s blocks to the end of this chain; {@code other} is empty afterwards. */
        void append(Blocks other) {
            if (other.head == null) {
                return;
            }
            if (head == null) {
                head = other.head;
            } else {
                tail.next = other.head;
            }
            tail = other.tail;
            other.head = null;
            other.tail = null;
        }

        boolean isEmpty() {
            return head == null;
        }
    }
}
