package org.reportdesk.text;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin a traditional/simplified converter leaves inside words: {@code 規(guī)劃} →
 * {@code 規劃}. Only a parenthesised pinyin syllable directly after a CJK character is removed;
 * {@code (OA)} or {@code (一)} stay.
 */
public final class PinyinJunk {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])\\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})\\)");
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|"
                    + "ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v|ng|n|m)$");

    private PinyinJunk() {
    }

    public static String remove(String line) {
        if (line.indexOf('(') < 0) {
            return line;
        }
        Matcher m = CANDIDATE.matcher(line);
        StringBuilder sb = new StringBuilder(line.length());
        boolean changed = false;
        while (m.find()) {
            if (isPinyin(m.group(1))) {
                m.appendReplacement(sb, "");
                changed = true;
            } else {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group()));
            }
        }
        if (!changed) {
            return line;
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static boolean isPinyin(String s) {
        String base = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ü', 'v');
        boolean toned = !base.equals(s.replace('ü', 'v'));
        return SYLLABLE.matcher(base).matches() && (toned || base.length() >= 2);
    }
}
