package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts measured lines on pages. Text lines have the exact pitch of the grid; a table row or a
 * picture is one tall "line" of its own height, never split. No widow/orphan control (the export
 * turns it off); keep-with-next as LibreOffice applies it: when a block's first line must start a
 * new page and the blocks before it are kept with it, their lines at the bottom of the full page
 * move along (of a paragraph that may split, only its last line), unless that would empty the
 * page. A table that continues on a new page repeats its header rows there.
 */
final class Paginator {

    /** A line's place: block, line within the block, page index, row on the page. */
    record Slot(int block, int line, int page, int row) {
    }

    /** The pages' lines, and which pages are landscape. */
    record Pages(List<List<Slot>> slots, List<Boolean> landscape) {
    }

    /** Heights within this much of the page's height still fit (twip rounding). */
    private static final double EPSILON = 0.01;

    private Paginator() {
    }

    /**
     * @param lineCounts lines of each block
     * @param heights    the height of each of a block's lines (the pitch for text, the figure's height)
     * @param capacity   the type area's height on portrait and on landscape pages
     */
    static Pages paginate(List<Block> blocks, int[] lineCounts, double[] heights, double[] capacities) {
        List<List<int[]>> pages = new ArrayList<>();
        List<Boolean> turned = new ArrayList<>();
        List<int[]> cur = new ArrayList<>();
        pages.add(cur);
        turned.add(false);
        double used = 0;
        boolean landscape = false;
        for (int b = 0; b < blocks.size(); b++) {
            BlockKind kind = blocks.get(b).kind();
            if (kind == BlockKind.LANDSCAPE || kind == BlockKind.PORTRAIT) {
                landscape = kind == BlockKind.LANDSCAPE;
                if (!cur.isEmpty()) {
                    cur = new ArrayList<>();
                    pages.add(cur);
                    turned.add(landscape);
                    used = 0;
                } else {
                    turned.set(turned.size() - 1, landscape);
                }
                continue;
            }
            double capacity = capacities[landscape ? 1 : 0];
            for (int l = 0; l < lineCounts[b]; l++) {
                if (!cur.isEmpty() && used + heights[b] > capacity + EPSILON) {
                    List<int[]> next = new ArrayList<>();
                    if (l == 0 && b > 0 && blocks.get(b - 1).keepNext()) {
                        int cut = keptTail(blocks, cur, b);
                        if (cut > 0) {
                            next.addAll(cur.subList(cut, cur.size()));
                            cur.subList(cut, cur.size()).clear();
                        }
                    }
                    if (l == 0 && next.isEmpty()) {
                        repeatHeader(blocks, b, next);
                    }
                    cur = next;
                    pages.add(cur);
                    turned.add(landscape);
                    used = 0;
                    for (int[] e : cur) {
                        used += heights[e[0]];
                    }
                }
                cur.add(new int[] {b, l});
                used += heights[b];
            }
        }
        if (pages.size() > 1 && cur.isEmpty()) {
            pages.remove(pages.size() - 1);
            turned.remove(turned.size() - 1);
        }
        List<List<Slot>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<Slot> slots = new ArrayList<>(pages.get(p).size());
            for (int r = 0; r < pages.get(p).size(); r++) {
                int[] e = pages.get(p).get(r);
                slots.add(new Slot(e[0], e[1], p, r));
            }
            out.add(slots);
        }
        return new Pages(out, turned);
    }

    /** Where the lines kept with block {@code b} start at the bottom of the full page {@code cur}. */
    private static int keptTail(List<Block> blocks, List<int[]> cur, int b) {
        int cut = cur.size();
        int chain = b - 1;
        while (cut > 0) {
            int[] entry = cur.get(cut - 1);
            int owner = entry[0];
            if (owner < chain) {
                if (!blocks.get(owner).keepNext() || owner != chain - 1) {
                    break;
                }
                chain = owner;
            }
            cut--;
            if (entry[1] > 0) {
                // a paragraph of several lines may split: its last line goes along, the rest stays
                break;
            }
        }
        return cut;
    }

    /** A table row starting a page: its table's header rows first (they are the blocks just before the table's first row). */
    private static void repeatHeader(List<Block> blocks, int b, List<int[]> next) {
        if (!(blocks.get(b).figure() instanceof Figure.TableRow row) || row.row() < row.table().headerRows()) {
            return;
        }
        int first = b - row.row();
        for (int h = 0; h < row.table().headerRows(); h++) {
            next.add(new int[] {first + h, 0});
        }
    }
}
