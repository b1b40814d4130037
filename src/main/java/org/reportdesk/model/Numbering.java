package org.reportdesk.model;

/**
 * Sequence labels of GB/T 9704 work reports: 一、 → （一） → 1. → （1）. Computed from a
 * section's depth and position, never stored.
 */
public final class Numbering {

    /** Deepest heading level a report may have. */
    public static final int MAX_DEPTH = 4;

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private Numbering() {
    }

    /**
     * The label of the section at {@code depth} (1 = top level) that is the
     * {@code index}-th (0-based) child of its parent.
     */
    public static String label(int depth, int index) {
        int n = index + 1;
        return switch (depth) {
            case 1 -> chinese(n) + "、";
            case 2 -> "（" + chinese(n) + "）";
            case 3 -> n + ".";
            case 4 -> "（" + n + "）";
            default -> throw new IllegalArgumentException("depth out of range 1.." + MAX_DEPTH + ": " + depth);
        };
    }

    /** The label without its punctuation: 一, 一, 1, 1 — used for numbering paths. */
    public static String bareLabel(int depth, int index) {
        String label = label(depth, index);
        return switch (depth) {
            case 1 -> label.substring(0, label.length() - 1);
            case 3 -> label.substring(0, label.length() - 1);
            default -> label;
        };
    }

    /** Chinese numeral as used in headings: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五. */
    public static String chinese(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("numeral must be positive: " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
        }
        if (n < 1000) {
            int rest = n % 100;
            String tail = rest == 0 ? "" : (rest < 10 ? "零" + DIGITS[rest] : (rest < 20 ? "一" + chinese(rest) : chinese(rest)));
            return DIGITS[n / 100] + "百" + tail;
        }
        return Integer.toString(n);
    }

    /** The value of a Chinese numeral written as in {@link #chinese(int)}; -1 if it is none. */
    public static int parseChinese(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        int total = 0;
        int current = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        for (int i = 0; i < DIGITS.length; i++) {
            if (DIGITS[i].charAt(0) == c) {
                return i;
            }
        }
        return c == '〇' ? 0 : -1;
    }
}
