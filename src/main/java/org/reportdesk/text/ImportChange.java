package org.reportdesk.text;

/**
 * One change the importer made to the source, for the preview to show and undo. {@code id} is
 * stable for the same input and options ({@code L<line>:<kind>}), so a preview undoes a change by
 * importing again with the id in {@link ImportOptions#rejectedChanges()}. {@code line} is the
 * 1-based line (paragraph) of the source; {@code before}/{@code after} the text of that line
 * before and after the change ({@code after} empty for a removal).
 */
public record ImportChange(String id, Kind kind, int line, String before, String after) {

    public enum Kind {
        /** Login bars, breadcrumbs, author/date/source lines, 字号, 小编 phrases, related links. */
        SITE_FURNITURE(true),
        /** A teaser paragraph repeating the title and the first lines, ending in "...". */
        TEASER(true),
        /** 第1页共13页 and the like. */
        PAGE_NUMBER(true),
        /** A line repeating the line just before it (titles copied twice). */
        DUPLICATE_LINE(true),
        /** The collection's own title and preface before its first piece. */
        COLLECTION_PREFACE(true),
        /** Markup copied with the text: Markdown escapes, emphasis and bullets, HTML entities ({@code &nbsp;}). */
        MARKUP(true),
        /** A converter's pinyin inside words: 規(guī)劃 → 規劃. */
        PINYIN(true),
        /** Traditional characters converted to simplified. */
        TRADITIONAL(true),
        /** Half-width punctuation next to Chinese text made full-width. */
        PUNCTUATION(true),
        /** Stray spaces inside Chinese text. */
        SPACES(true),
        /** A line broken inside a sentence joined to the line before it. */
        LINE_JOINED(true),
        /** A line a document viewer flattened split at its title and headings, or its chunk number dropped. */
        LINE_SPLIT(true),
        /** Something the importer cannot bring in (a Word table or picture); informational. */
        NOT_IMPORTED(false);

        private final boolean undoable;

        Kind(boolean undoable) {
            this.undoable = undoable;
        }

        /** Whether re-importing with this change rejected keeps the original text. */
        public boolean undoable() {
            return undoable;
        }

        /** Message key naming the kind for the preview, e.g. {@code import.change.PINYIN}. */
        public String messageKey() {
            return "import.change." + name();
        }
    }

    public static ImportChange of(Kind kind, int line, String before, String after) {
        return new ImportChange(id(kind, line), kind, line, before, after);
    }

    public static String id(Kind kind, int line) {
        return "L" + line + ":" + kind.name();
    }

    public boolean isRemoval() {
        return after.isEmpty();
    }
}
