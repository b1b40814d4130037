package org.reportdesk.text;

import java.util.Set;

/**
 * What an import does beyond reading the outline. {@code rejectedChanges}: ids of
 * {@link ImportChange}s the user undid in the preview; an import with them leaves those lines as
 * they were.
 *
 * @param splitCollections  a page holding several reports (大全N篇, 篇一 …) gives one report per
 *                          piece; otherwise only the first piece is imported, with a warning
 * @param cleanWebText      remove site furniture, teasers, page numbers, pinyin junk, escapes
 * @param toSimplified      convert traditional characters to simplified (only when the text is
 *                          traditional)
 * @param fullWidthPunctuation make {@code ,;:?!()} next to Chinese text full-width
 */
public record ImportOptions(boolean splitCollections, boolean cleanWebText, boolean toSimplified,
                            boolean fullWidthPunctuation, Set<String> rejectedChanges) {

    public ImportOptions {
        rejectedChanges = rejectedChanges == null ? Set.of() : Set.copyOf(rejectedChanges);
    }

    /** Everything on: what the import preview starts from. */
    public static ImportOptions defaults() {
        return new ImportOptions(true, true, true, true, Set.of());
    }

    /** The outline only: no cleaning, no conversion. */
    public static ImportOptions verbatim() {
        return new ImportOptions(true, false, false, false, Set.of());
    }

    public ImportOptions withSplitCollections(boolean split) {
        return new ImportOptions(split, cleanWebText, toSimplified, fullWidthPunctuation, rejectedChanges);
    }

    public ImportOptions withRejected(Set<String> ids) {
        return new ImportOptions(splitCollections, cleanWebText, toSimplified, fullWidthPunctuation, ids);
    }

    public boolean accepts(ImportChange.Kind kind, int line) {
        return !rejectedChanges.contains(ImportChange.id(kind, line));
    }
}
