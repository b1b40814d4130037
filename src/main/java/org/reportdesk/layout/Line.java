package org.reportdesk.layout;

import java.util.List;

/**
 * One laid-out line.
 *
 * @param top       top of the line box, points from the page's top edge
 * @param baseline  baseline, points from the page's top edge
 * @param height    the line box (the profile's exact line pitch)
 * @param source    where the line's first character came from (the block's source for an empty line)
 * @param start     offset of the line's first character in that source paragraph
 * @param end       offset after its last character, in the source of its last run
 */
public record Line(BlockKind kind, double top, double baseline, double height, List<PlacedRun> runs,
                   Source source, int start, int end) {

    public Line {
        runs = List.copyOf(runs);
    }

    /** The line's text, all runs joined. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PlacedRun r : runs) {
            sb.append(r.text());
        }
        return sb.toString();
    }
}
