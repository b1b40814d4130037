package org.reportdesk.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the report on a web page, the way readability-style extractors find an article: every
 * line is scored for report-likeness (Chinese text, sentence punctuation, length, a sequence
 * label; site words count against it) and the best-scoring run of lines is the report's body.
 * Before it, only the line naming the report nearest the body (its title), a 主送机关 and the
 * piece markers of a collection are kept; after it, lines with site words or little Chinese go
 * (附件, 署名 and 成文日期 stay).
 */
final class ReportBlock {

    /** Words of a site, not of a report (为大家, 投诉, 会员 and the like are left out: reports use them too). */
    private static final List<String> SITE_WORDS = List.of("小编", "范文", "秘书网", "文库", "本站", "网友", "下载", "VIP", "客服",
            "上传", "收录", "供大家", "仅供参考", "欢迎阅读", "希望对", "阅读模式", "分享赚钱", "http", "www", ".com", "QQ", "本文档",
            "免费", "登录");
    private static final Pattern BLURB_TITLE = Pattern.compile("(?:整理|收集|推荐|精选)的(.{4,50}?)[，,]?(?:供大家|仅供|希望|欢迎)");

    /** Lines to remove (true) and, when the page names its report only in a blurb, that title. */
    record Decision(boolean[] remove, int titleLine, String title) {
    }

    private ReportBlock() {
    }

    /**
     * @param text     the lines after cleaning ("" for removed ones)
     * @param original the lines before furniture was removed (for a title named in a blurb)
     */
    static Decision decide(String[] text, String[] original) {
        boolean[] remove = new boolean[text.length];
        int[] block = bestBlock(text);
        if (block == null) {
            return new Decision(remove, -1, null);
        }
        int start = block[0];
        int end = block[1];
        int title = -1;
        for (int i = start - 1; i >= 0 && title < 0; i--) {
            if (!text[i].isEmpty() && TitleText.namesReport(text[i]) && siteHits(TitleText.clean(text[i])) == 0
                    && !CollectionSplitter.isMarker(text[i])) {
                title = i;
            }
        }
        for (int i = 0; i < start; i++) {
            if (text[i].isEmpty() || i == title && siteHits(TitleText.clean(text[i])) == 0 || CollectionSplitter.isMarker(text[i])) {
                continue;
            }
            if (i < title) {
                remove[i] = true;
            } else if (!recipientBefore(text, i, start)) {
                remove[i] = siteHits(text[i]) > 0 || cjkShare(text[i]) < 0.5;
            }
        }
        for (int i = end + 1; i < text.length; i++) {
            if (!text[i].isEmpty() && !CollectionSplitter.isMarker(text[i]) && !ending(text, i)
                    && HeadingLabel.parse(text[i]) == null && text[i].length() <= 120
                    && (siteHits(text[i]) > 0 || cjkShare(text[i]) < 0.5)) {
                remove[i] = true;
            }
        }
        String blurbTitle = null;
        int blurbLine = -1;
        if (title < 0) {
            for (int i = 0; i < start && blurbTitle == null; i++) {
                Matcher m = BLURB_TITLE.matcher(original[i]);
                if (m.find() && TitleText.namesReport(m.group(1))) {
                    blurbTitle = m.group(1).strip();
                    blurbLine = i;
                }
            }
        }
        return new Decision(remove, blurbLine, blurbTitle);
    }

    private static boolean recipientBefore(String[] text, int i, int start) {
        String t = text[i];
        if (!(t.endsWith("：") || t.endsWith(":")) || t.length() > 30) {
            return false;
        }
        for (int k = i + 1; k < start; k++) {
            if (!text[k].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** 附件, 署名 and 成文日期 after the body. */
    private static boolean ending(String[] text, int i) {
        String t = text[i];
        if (ReportEnds.DATE.matcher(t).matches() || t.startsWith("附件") || t.startsWith("附：")) {
            return true;
        }
        for (int k = i + 1; k < text.length; k++) {
            if (!text[k].isEmpty()) {
                return ReportEnds.DATE.matcher(text[k]).matches() && t.length() <= 30;
            }
        }
        return false;
    }

    /** [first, last] line of the best-scoring run, or null when no line reads like a report. */
    private static int[] bestBlock(String[] text) {
        double best = 0;
        int[] bestRun = null;
        double sum = 0;
        int from = -1;
        for (int i = 0; i < text.length; i++) {
            if (text[i].isEmpty()) {
                continue;
            }
            double w = weight(text[i]);
            if (from < 0 || sum <= 0) {
                if (w <= 0) {
                    continue;
                }
                from = i;
                sum = 0;
            }
            sum += w;
            if (sum > best) {
                best = sum;
                bestRun = new int[] {from, i};
            }
        }
        return bestRun;
    }

    static double weight(String t) {
        double s = 0;
        int len = t.length();
        if (HeadingLabel.parse(t) != null && len >= 3) {
            s += 2;
        }
        if (cjkShare(t) >= 0.5) {
            int punct = 0;
            for (int i = 0; i < len; i++) {
                if ("，。；、！？：".indexOf(t.charAt(i)) >= 0) {
                    punct++;
                }
            }
            s += Math.min(4, len / 25) + Math.min(3, punct);
        } else {
            s -= 2;
        }
        s -= 4 * siteHits(t);
        return s - 1;
    }

    static int siteHits(String t) {
        int hits = 0;
        for (String w : SITE_WORDS) {
            if (t.contains(w)) {
                hits++;
            }
        }
        return hits;
    }

    static double cjkShare(String t) {
        int cjk = 0;
        int counted = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            counted++;
            if (c >= '\u4e00' && c <= '\u9fff' || c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef' || c == '“' || c == '”') {
                cjk++;
            }
        }
        return counted == 0 ? 0 : cjk / (double) counted;
    }
}
