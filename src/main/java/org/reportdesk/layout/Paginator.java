package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts measured lines on pages of a fixed number of grid lines (every line of the export has the
 * exact pitch, so a page is a count of lines). No widow/orphan control (the export turns it off);
 * keep-with-next as LibreOffice applies it: when a block's first line must start a new page and
 * the blocks before it are kept with it, their lines at the bottom of the full page move along
 * (of a paragraph that may split, only its last line), unless that would empty the page.
 */
final class Paginator {

    /** A line's place: block, line within the block, page index, row on the page. */
    record Slot(int block, int line, int page, int row) {
    }

    private Paginator() {
    }

    static List<List<Slot>> paginate(List<Block> blocks, List<Measured> measured, int linesPerPage) {
        List<List<int[]>> pages = new ArrayList<>();
        List<int[]> cur = new ArrayList<>();
        pages.add(cur);
        for (int b = 0; b < blocks.size(); b++) {
            int lines = measured.get(b).lines.size();
            for (int l = 0; l < lines; l++) {
                if (cur.size() == linesPerPage) {
                    List<int[]> next = new ArrayList<>();
                    if (l == 0 && b > 0 && blocks.get(b - 1).keepNext()) {
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
                        if (cut > 0) {
                            next.addAll(cur.subList(cut, cur.size()));
                            cur.subList(cut, cur.size()).clear();
                        }
                    }
                    cur = next;
                    pages.add(cur);
                }
                cur.add(new int[] {b, l});
            }
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
        return out;
    }
}
