package org.reportdesk.docx.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.reportdesk.model.Span;

/**
 * Linked chains joined in constant time, so that content handed up through thousands of nested
 * tables, cells and text boxes is never copied once per level.
 */
final class Chains {

    private Chains() {
    }

    /** A singly linked chain that takes another chain's elements in constant time. */
    static class Chain<T> implements Iterable<T> {
        private Node<T> head;
        private Node<T> tail;

        private static final class Node<T> {
            final T value;
            Node<T> next;

            Node(T value) {
                this.value = value;
            }
        }

        void add(T value) {
            Node<T> n = new Node<>(value);
            if (head == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
        }

        /** Moves {@code other}'s elements to the end of this chain; {@code other} is empty afterwards. */
        void append(Chain<T> other) {
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

        List<T> toList() {
            List<T> out = new ArrayList<>();
            forEach(out::add);
            return out;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private Node<T> at = head;

                @Override
                public boolean hasNext() {
                    return at != null;
                }

                @Override
                public T next() {
                    if (at == null) {
                        throw new NoSuchElementException();
                    }
                    T v = at.value;
                    at = at.next;
                    return v;
                }
            };
        }
    }

    /** Styled text of one paragraph in the making. */
    static final class Spans extends Chain<Span> {
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
    static final class Blocks extends Chain<Block> {
    }
}
