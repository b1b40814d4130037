package org.reportdesk.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a long title into centred lines of balanced length (trapezoid or diamond, GB/T 9704
 * 7.3.1) without splitting a word: breaks fall after the unit name, before 工作总结 and the like,
 * after 年度 or a comma; a break between two arbitrary characters is a last resort, and one inside
 * a Latin word or number, or before closing punctuation, never happens.
 */
public final class TitleLines {

    private static final String[] SUFFIXES = {"工作总结", "工作计划", "工作要点", "工作报告", "工作情况", "工作方案",
        "情况报告", "情况汇报", "自查报告", "述职报告", "实施方案", "总结", "计划", "要点", "报告", "汇报", "方案"};
    private static final String[] WORDS = {"年度", "上半年", "下半年", "第一季度", "第二季度", "第三季度", "第四季度",
        "关于", "教育", "工作", "学校", "校园", "中小学", "幼儿园", "教育局", "体育局", "义务教育", "进一步", "安全",
        "管理", "发展", "建设", "教师", "学生", "质量", "改革", "队伍", "推进", "落实", "情况", "专项", "整改", "督导", "学年", "学期", "年级", "继续教育", "教育教学", "开展", "加强", "做好",
        "全面", "培训", "学前教育", "职业教育", "高中", "阶段", "课后服务", "作业", "行动", "三年", "督导", "评估", "整治",
        "安全生产", "系统", "队伍建设", "招生", "入学", "规范", "办学", "行为", "乡村", "创建", "普及", "普惠", "问题", "反馈",
        "整改", "专项", "工作", "服务", "考核", "评价", "实施", "意见", "通知", "办法", "规划", "十四五", "十五五", "党风廉政",
        "党建", "思政", "德育", "体育", "美育", "劳动教育", "心理健康", "双减", "减负", "食品安全", "营养改善", "控辍保学", "改进"};
    /** Words a line may well start with: a break before them costs less than an arbitrary one. */
    private static final String[] LINE_STARTS = {"第", "开展", "加强", "推进", "做好", "进一步", "全面", "中小学", "义务教育",
        "学前教育", "职业教育", "高中", "教师", "学生", "校园", "继续教育", "教育教学", "培训", "关于"};
    private static final String UNIT_ENDS = "局委厅府";
    private static final String CLOSING = "，。、；：？！）》”’」』〕】…—,.;:)!?%";
    private static final String OPENING = "（《“‘「『〔【(";
    private static final int FORBIDDEN = Integer.MAX_VALUE;
    private static final int MAX_ENUMERATED = 90;
    private static final int NOT_UPRIGHT = 1000;
    /**
     * An upper line one character longer than the next looks level; it costs less than a break
     * between two arbitrary characters, which may split a word the lists below do not know.
     */
    private static final int NEARLY_EQUAL = 2;
    private static final int NEARLY_UPRIGHT = 10;

    private TitleLines() {
    }

    /**
     * The lines of {@code title} for lines of at most {@code maxHalfCells} (a CJK character is two
     * half cells); {@code unit} is the issuing unit, a preferred break point when the title starts with it.
     */
    public static List<String> split(String title, String unit, int maxHalfCells) {
        int[] cps = title.strip().codePoints().toArray();
        int n = cps.length;
        int[] prefix = new int[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + (cps[i] < 0x80 ? 1 : 2);
        }
        if (prefix[n] <= maxHalfCells || n < 2) {
            return List.of(new String(cps, 0, n));
        }
        int[] penalty = penalties(cps, unit == null ? "" : unit.strip());
        int minLines = (prefix[n] + maxHalfCells - 1) / maxHalfCells;
        int[] fallback = null;
        for (int k = minLines; k <= n; k++) {
            int[] best = n <= MAX_ENUMERATED && k <= 5 ? enumerate(prefix, penalty, k, maxHalfCells) : greedy(prefix, penalty, k, maxHalfCells);
            if (best == null) {
                continue;
            }
            if (isUpright(widths(prefix, best), NEARLY_EQUAL)) {
                return lines(cps, best);
            }
            if (fallback != null) {
                return lines(cps, fallback);
            }
            // where whole words allow no upright shape, one line more may
            fallback = best;
        }
        return fallback == null ? List.of(new String(cps, 0, n)) : lines(cps, fallback);
    }

    private static List<String> lines(int[] cps, int[] breaks) {
        List<String> lines = new ArrayList<>(breaks.length + 1);
        int start = 0;
        for (int b : breaks) {
            lines.add(new String(cps, start, b - start));
            start = b;
        }
        lines.add(new String(cps, start, cps.length - start));
        return lines;
    }

    /**
     * GB/T 9704 7.3.1: a trapezoid (no line longer than the one below it) or a diamond (lines grow
     * to a widest line in the middle, then shrink, the first and last both shorter than it). An
     * upper line longer than every line below it, such as a 19/7 split, is an inverted trapezoid.
     */
    static boolean isUpright(int[] w) {
        return isUpright(w, 0);
    }

    /** As {@link #isUpright(int[])} where a line may exceed the one below it by {@code slack} half cells. */
    static boolean isUpright(int[] w, int slack) {
        int k = w.length;
        int peak = 0;
        for (int i = 1; i < k; i++) {
            if (w[i] + slack >= w[peak]) {
                peak = i;
            }
        }
        for (int i = 1; i <= peak; i++) {
            if (w[i] + slack < w[i - 1]) {
                return false;
            }
        }
        for (int i = peak + 1; i < k; i++) {
            if (w[i] > w[i - 1]) {
                return false;
            }
        }
        return peak == k - 1 || (peak > 0 && w[0] < w[peak] && w[k - 1] < w[peak]);
    }

    static int[] widths(int[] prefix, int[] breaks) {
        int n = prefix.length - 1;
        int[] w = new int[breaks.length + 1];
        int start = 0;
        for (int i = 0; i < w.length; i++) {
            int end = i < breaks.length ? breaks[i] : n;
            w[i] = prefix[end] - prefix[start];
            start = end;
        }
        return w;
    }

    /** Cost of a break before index i (1..n-1); FORBIDDEN where a break would split a word or punctuation. */
    static int[] penalties(int[] cps, String unit) {
        int n = cps.length;
        String s = new String(cps, 0, n);
        int[] p = new int[n + 1];
        for (int i = 1; i < n; i++) {
            int a = cps[i - 1];
            int b = cps[i];
            if (isAsciiWord(a) && isAsciiWord(b) || CLOSING.indexOf(b) >= 0 || OPENING.indexOf(a) >= 0) {
                p[i] = FORBIDDEN;
            } else if ("、，：,:".indexOf(a) >= 0) {
                p[i] = 1;
            } else if (UNIT_ENDS.indexOf(a) >= 0) {
                p[i] = 2;
            } else if (a == '的') {
                p[i] = 3;
            } else {
                p[i] = 6;
            }
        }
        for (String w : LINE_STARTS) {
            for (int found = s.indexOf(w); found > 0; found = s.indexOf(w, found + 1)) {
                int at = s.codePointCount(0, found);
                if (p[at] != FORBIDDEN) {
                    p[at] = Math.min(p[at], 3);
                }
            }
        }
        for (String w : WORDS) {
            for (int found = s.indexOf(w); found >= 0; found = s.indexOf(w, found + 1)) {
                int at = s.codePointCount(0, found);
                int end = at + w.length();
                if (w.equals("关于") && at > 0 && p[at] != FORBIDDEN) {
                    p[at] = Math.min(p[at], 2);
                } else if ((w.endsWith("年") || w.endsWith("度")) && end < n && p[end] != FORBIDDEN) {
                    p[end] = Math.min(p[end], 1);
                }
                forbidInside(p, at, w.length(), n);
            }
        }
        for (int at = 1; at < n; at++) {
            if (cps[at - 1] == '年' && at >= 2 && Character.isDigit(cps[at - 2]) && cps[at] != '度' && p[at] != FORBIDDEN) {
                p[at] = Math.min(p[at], 1);
            }
        }
        for (String suffix : SUFFIXES) {
            for (int found = s.indexOf(suffix); found > 0; found = s.indexOf(suffix, found + 1)) {
                int at = s.codePointCount(0, found);
                if (p[at] != FORBIDDEN) {
                    p[at] = 0;
                }
            }
        }
        for (String suffix : SUFFIXES) {
            for (int found = s.indexOf(suffix); found >= 0; found = s.indexOf(suffix, found + 1)) {
                forbidInside(p, s.codePointCount(0, found), suffix.length(), n);
            }
        }
        int unitEnd = unit.codePointCount(0, unit.length());
        if (!unit.isEmpty() && s.startsWith(unit) && unitEnd < n && p[unitEnd] != FORBIDDEN) {
            p[unitEnd] = 0;
        }
        return p;
    }

    private static void forbidInside(int[] p, int at, int len, int n) {
        for (int i = at + 1; i < at + len && i < n; i++) {
            p[i] = FORBIDDEN;
        }
    }

    private static boolean isAsciiWord(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_');
    }

    private static int[] enumerate(int[] prefix, int[] penalty, int k, int max) {
        int[] current = new int[k - 1];
        int[] best = new int[k];
        long[] bestCost = {Long.MAX_VALUE};
        search(prefix, penalty, max, current, 0, 0, 0, best, bestCost);
        return bestCost[0] == Long.MAX_VALUE ? null : java.util.Arrays.copyOf(best, k - 1);
    }

    private static void search(int[] prefix, int[] penalty, int max, int[] current, int depth, int start,
                               long penaltySum, int[] best, long[] bestCost) {
        int n = prefix.length - 1;
        if (depth == current.length) {
            if (prefix[n] - prefix[start] > max) {
                return;
            }
            long cost = penaltySum * 4 + shapeCost(prefix, current);
            if (cost < bestCost[0]) {
                bestCost[0] = cost;
                System.arraycopy(current, 0, best, 0, current.length);
            }
            return;
        }
        for (int b = start + 1; b < n && prefix[b] - prefix[start] <= max; b++) {
            if (penalty[b] == FORBIDDEN) {
                continue;
            }
            current[depth] = b;
            search(prefix, penalty, max, current, depth + 1, b, penaltySum + penalty[b], best, bestCost);
        }
    }

    /** Imbalance in half cells, plus a charge above any break penalty for a shape that is not upright. */
    private static long shapeCost(int[] prefix, int[] breaks) {
        int[] w = widths(prefix, breaks);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int x : w) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        int shape = isUpright(w) ? 0 : isUpright(w, NEARLY_EQUAL) ? NEARLY_UPRIGHT : NOT_UPRIGHT;
        return (max - min) + shape;
    }

    /** For very long titles: break at the allowed point nearest each equal share of the width. */
    private static int[] greedy(int[] prefix, int[] penalty, int k, int max) {
        int n = prefix.length - 1;
        int[] breaks = new int[k - 1];
        int start = 0;
        for (int line = 0; line < k - 1; line++) {
            int remaining = prefix[n] - prefix[start];
            int target = prefix[start] + remaining / (k - line);
            int chosen = -1;
            for (int b = start + 1; b < n && prefix[b] - prefix[start] <= max; b++) {
                if (penalty[b] != FORBIDDEN && (chosen < 0
                        || Math.abs(prefix[b] - target) + penalty[b] * 2 < Math.abs(prefix[chosen] - target) + penalty[chosen] * 2)) {
                    chosen = b;
                }
            }
            if (chosen < 0) {
                return null;
            }
            breaks[line] = chosen;
            start = chosen;
        }
        return prefix[n] - prefix[start] <= max ? breaks : null;
    }
}
