package org.reportdesk.layout;

import java.util.List;

/**
 * A block broken into lines: its characters (code points with their advances, run and UTF-16
 * position) and the lines as ranges over them. Depends only on the block, the line width and the
 * metrics, so the engine caches it per block.
 */
final class Measured {

    /**
     * One line as a range of code-point indices.
     *
     * @param start      first character
     * @param contentEnd after the last character that is not a trailing space
     * @param end        where the next line starts
     * @param width      advance of [start, contentEnd)
     * @param justify    whether a justified paragraph stretches this line (not its last, not before a forced break)
     */
    record LineRange(int start, int contentEnd, int end, double width, boolean justify) {
    }

    final int[] cps;
    final double[] adv;
    final int[] run;
    final int[] utf16;
    /** Where Asian/Latin spacing follows a character: a placed run ends there, so the space shows. */
    final boolean[] gapAfter;
    final List<LineRange> lines;

    Measured(int[] cps, double[] adv, int[] run, int[] utf16, boolean[] gapAfter, List<LineRange> lines) {
        this.gapAfter = gapAfter;
        this.cps = cps;
        this.adv = adv;
        this.run = run;
        this.utf16 = utf16;
        this.lines = List.copyOf(lines);
    }
}
