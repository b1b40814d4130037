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
    /** xx.x% or xxx.xx万元: one placeholder for a decimal figure. */
    private static final Pattern X_DECIMAL = Pattern.compile("(?<![A-Za-z])[xXｘＸ]+[.．][xXｘＸ]+(?![A-Za-z])");
    private static final Pattern X_RUN = Pattern.compile("(?<![A-Za-z])[xXｘＸ]{2,}(?![A-Za-z])");
    private static final Pattern X_ONE = Pattern.compile("(?<![A-Za-zｘＸ])[xXｘＸ](?![A-Za-zｘＸ])");
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

    private static void collectMarkers(String s, List<Hit> hits) {
        if (!mayHoldMarker(s)) {
            return;
        }
        Matcher m = YEAR_MARK.matcher(s);
        while (m.find()) {
            if (m.group().chars().anyMatch(c -> c == 'x' || c == 'X' || c == 'ｘ' || c == 'Ｘ' || c == '_' || c == '＿')) {
                hits.add(new Hit(m.start(), m.end(), YEAR));
            }
        }
        addAll(X_DECIMAL.matcher(s), hits);
        addAll(X_RUN.matcher(s), hits);
        m = X_ONE.matcher(s);
        while (m.find()) {
            if (standsForFigure(s, m.start())) {
                hits.add(new Hit(m.start(), m.end(), MARKER));
            }
        }
        m = STARS.matcher(s);
        while (m.find()) {
            if (!betweenDigits(s, m.start(), m.end())) {
                hits.add(new Hit(m.start(), m.end(), MARKER));
            }
        }
        addAll(BOXES.matcher(s), hits);
        m = TIMES.matcher(s);
        while (m.find()) {
            if (m.end() - m.start() > 1 || !betweenOperands(s, m.start(), m.end())) {
                hits.add(new Hit(m.start(), m.end(), MARKER));
            }
        }
        m = UNDERSCORES.matcher(s);
        while (m.find()) {
            boolean identifier = m.end() - m.start() == 1 && Chars.isAsciiAlnum(Chars.at(s, m.start() - 1))
                    && Chars.isAsciiAlnum(Chars.at(s, m.end()));
            if (!identifier) {
                hits.add(new Hit(m.start(), m.end(), MARKER));
            }
        }
        addAll(SOMEONE.matcher(s), hits);
    }

    /** A cheap pre-test: most paragraphs hold none of the marker characters. */
    private static boolean mayHoldMarker(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'x', 'X', 'ｘ', 'Ｘ', '*', '＊', '□', '○', '◯', '×', '_', '＿', '某':
                    return true;
                default:
                    break;
            }
        }
        return false;
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
