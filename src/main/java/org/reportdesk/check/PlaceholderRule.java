package org.reportdesk.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportdesk.model.Fields;

/**
 * Placeholders left from model texts ({@code xx}, {@code 20xx年}, {@code x所}, {@code ××}, {@code □},
 * {@code 某某} …) and the project's own blanks ({@code 【数字】}). Never fixed automatically: only
 * the writer knows the figure.
 */
final class PlaceholderRule extends TextRule {

    static final String MARKER = "placeholder.marker";
    static final String YEAR = "placeholder.year";
    static final String BLANK = "placeholder.blank";

    private static final Pattern YEAR_MARK = Pattern.compile("(?<![0-9A-Za-z])[0-9xXｘＸ_＿]{2,4}(?=年)");
    private static final Pattern STARS = Pattern.compile("[*＊]+");
    private static final Pattern BOXES = Pattern.compile("□+|[○◯]{2,}");
    private static final Pattern TIMES = Pattern.compile("×+");
    private static final Pattern UNDERSCORES = Pattern.compile("[_＿]+");
    private static final Pattern SOMEONE = Pattern.compile("某{2,}");
    /** What follows a single x standing for a figure: a measure word or unit. */
    private static final String UNITS = "所人个名万亿千百元项次家%％场篇期件台套余多批条处座间户位份种班届天周月日号岁倍张本册辆栋层"
            + "省市县区州镇乡村校园";
    /** X光, X射线, X线, x轴, X型: a real x between Chinese characters. */
    private static final String REAL_X_BEFORE = "光射线轴型染";
    /** x教发〔2020〕x号: the issuing office's short name before a document number. */
    private static final Pattern DOC_PREFIX = Pattern.compile("[\\u4e00-\\u9fff]{1,4}[〔\\[【（(［﹝]");
    /** 【2020】5号 is a document number's year (a punctuation finding), not a blank. */
    private static final Pattern DOC_YEAR = Pattern.compile("【(?:19|20)\\d{2}】");

    private record Hit(int start, int end, String rule) {
    }

    @Override
    void scan(TextRef t, CheckContext ctx, FindingSink out) {
        String s = t.text();
        List<Hit> hits = new ArrayList<>();
        collectMarkers(s, hits);
        Matcher m = Fields.BLANK.matcher(s);
        while (m.find()) {
            boolean docYear = DOC_YEAR.matcher(m.group()).matches() && Chars.isAsciiDigit(Chars.at(s, m.end()));
            if (!docYear) {
                hits.add(new Hit(m.start(), m.end(), BLANK));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> -(h.end() - h.start())));
        int covered = 0;
        for (Hit h : hits) {
            if (h.start() < covered) {
                continue;
            }
            covered = h.end();
            String text = s.substring(h.start(), h.end());
            String key = switch (h.rule()) {
                case BLANK -> "check.placeholder.blank";
                case YEAR -> "check.placeholder.year";
                default -> "check.placeholder.marker";
            };
            out.add(h.rule(), Severity.ERROR, t, h.start(), h.end(), null, key, text);
        }
    }

    private static final int X = 1;
    private static final int STAR = 2;
    private static final int BOX = 4;
    private static final int TIMES_SIGN = 8;
    private static final int UNDERSCORE = 16;
    private static final int MOU = 32;

    private static void collectMarkers(String s, List<Hit> hits) {
        int present = markerChars(s);
        if (present == 0) {
            return;
        }
        if ((present & (X | UNDERSCORE)) != 0) {
            Matcher m = YEAR_MARK.matcher(s);
            while (m.find()) {
                if (m.group().chars().anyMatch(c -> isX((char) c) || c == '_' || c == '＿')) {
                    hits.add(new Hit(m.start(), m.end(), YEAR));
                }
            }
        }
        if ((present & X) != 0) {
            collectXs(s, hits);
        }
        if ((present & STAR) != 0) {
            Matcher m = STARS.matcher(s);
            while (m.find()) {
                if (!betweenDigits(s, m.start(), m.end())) {
                    hits.add(new Hit(m.start(), m.end(), MARKER));
                }
            }
        }
        if ((present & BOX) != 0) {
            addAll(BOXES.matcher(s), hits);
        }
        if ((present & TIMES_SIGN) != 0) {
            Matcher m = TIMES.matcher(s);
            while (m.find()) {
                if (m.end() - m.start() > 1 || !betweenOperands(s, m.start(), m.end())) {
                    hits.add(new Hit(m.start(), m.end(), MARKER));
                }
            }
        }
        if ((present & UNDERSCORE) != 0) {
            Matcher m = UNDERSCORES.matcher(s);
            while (m.find()) {
                boolean identifier = m.end() - m.start() == 1 && Chars.isAsciiAlnum(Chars.at(s, m.start() - 1))
                        && Chars.isAsciiAlnum(Chars.at(s, m.end()));
                if (!identifier) {
                    hits.add(new Hit(m.start(), m.end(), MARKER));
                }
            }
        }
        if ((present & MOU) != 0) {
            addAll(SOMEONE.matcher(s), hits);
        }
    }

    /**
     * Runs of x that are not part of a Latin word (Excel, xlsx, Xbox): xx and longer always, xx.x as
     * one figure, a single x only where it stands for a figure or a name.
     */
    private static void collectXs(String s, List<Hit> hits) {
        int i = 0;
        while (i < s.length()) {
            if (!isX(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && isX(s.charAt(j))) {
                j++;
            }
            int start = i;
            i = j;
            if (Chars.isAsciiLetter(Chars.at(s, start - 1)) || Chars.isAsciiLetter(Chars.at(s, j))) {
                continue;
            }
            char dot = Chars.at(s, j);
            if ((dot == '.' || dot == '．') && isX(Chars.at(s, j + 1))) {
                int k = j + 1;
                while (k < s.length() && isX(s.charAt(k))) {
                    k++;
                }
                if (!Chars.isAsciiLetter(Chars.at(s, k))) {
                    hits.add(new Hit(start, k, MARKER));
                    i = k;
                    continue;
                }
            }
            if (j - start > 1 || standsForFigure(s, start)) {
                hits.add(new Hit(start, j, MARKER));
            }
        }
    }

    private static boolean isX(char c) {
        return c == 'x' || c == 'X' || c == 'ｘ' || c == 'Ｘ';
    }

    /** Which marker characters occur: most paragraphs hold none. */
    private static int markerChars(String s) {
        int present = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'x', 'X', 'ｘ', 'Ｘ' -> present |= X;
                case '*', '＊' -> present |= STAR;
                case '□', '○', '◯' -> present |= BOX;
                case '×' -> present |= TIMES_SIGN;
                case '_', '＿' -> present |= UNDERSCORE;
                case '某' -> present |= MOU;
                default -> {
                }
            }
        }
        return present;
    }

    private static void addAll(Matcher m, List<Hit> hits) {
        while (m.find()) {
            hits.add(new Hit(m.start(), m.end(), MARKER));
        }
    }

    private static boolean standsForFigure(String s, int i) {
        char next = Chars.at(s, i + 1);
        char prev = Chars.at(s, i - 1);
        if (Chars.isAsciiDigit(prev) && Chars.isAsciiDigit(next)) {
            return false;
        }
        if (UNITS.indexOf(next) >= 0 || prev == '第' || prev == '〕' || prev == '】') {
            return true;
        }
        if (next == '.' && (Chars.at(s, i + 2) == 'x' || Chars.isAsciiDigit(Chars.at(s, i + 2)))) {
            return true;
        }
        if (Chars.isHan(prev) && Chars.isHan(next) && REAL_X_BEFORE.indexOf(next) < 0) {
            return true; // 至美x幸福: an ASCII letter alone between Chinese characters stands for a name
        }
        return DOC_PREFIX.matcher(s).region(i + 1, s.length()).lookingAt();
    }

    private static boolean betweenDigits(String s, int start, int end) {
        return Chars.isAsciiDigit(Chars.before(s, start)) && Chars.isAsciiDigit(Chars.after(s, end));
    }

    /** 3×4, 1.5 × 2, a×b: × as multiplication. */
    private static boolean betweenOperands(String s, int start, int end) {
        char a = Chars.before(s, start);
        char b = Chars.after(s, end);
        return (Chars.isAsciiAlnum(a) || a == ')' || a == '）') && (Chars.isAsciiAlnum(b) || b == '(' || b == '（');
    }
}
