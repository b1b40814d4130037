package org.reportdesk.layout;

/**
 * Where a Chinese line may break, as LibreOffice breaks it (ICU line breaking plus the zh-CN
 * forbidden characters, 避头尾): never before closing punctuation, never after an opening
 * bracket, never inside a Latin word or number or inside —— and ……; a break is allowed next to
 * any CJK character. With hanging punctuation (LibreOffice's default for a .docx, Word's
 * {@code overflowPunct}) 、。，．：； may stand in the right margin instead of starting a line
 * (：； measured on LibreOffice 7.4's PDFs).
 */
final class Kinsoku {

    /** Not at the start of a line. */
    static final String NO_START = "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～"
            + "》〉」』】〙〛”’…—‥々ゝゞ・ー〜％";
    /** Not at the end of a line. */
    static final String NO_END = "$(£¥·〈《「『【〔〖〘〚〝﹙﹛＄（［｛￡￥“‘";
    /** May hang in the right margin (LibreOffice's BreakIterator_CJK hanging characters). */
    static final String HANGING = "、。，．：；";

    private Kinsoku() {
    }

    static boolean canBreakBetween(int a, int b) {
        if (b == ' ' || b == '\u3000' && a == '\u3000') {
            return false;
        }
        if (a == ' ' || a == '\t') {
            return true;
        }
        if (NO_START.indexOf(b) >= 0 || NO_END.indexOf(a) >= 0) {
            return false;
        }
        if (word(a) && word(b)) {
            return false;
        }
        if (a == '-' && word(b)) {
            return true;
        }
        return cjk(a) || cjk(b) || a == '\u3000';
    }

    static boolean hangs(int cp) {
        return HANGING.indexOf(cp) >= 0;
    }

    private static boolean word(int cp) {
        return cp < 0x80 && cp > ' ' && cp != '(' && cp != '[' && cp != '{' || Character.isLetterOrDigit(cp) && !cjk(cp);
    }

    /** Han, kana or hangul: the characters LibreOffice sets apart from Latin text. */
    static boolean ideograph(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL;
    }

    static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF
                || cp >= 0x2010 && cp <= 0x206F && cp != 0x2010 || cp >= 0xFE30 && cp <= 0xFE4F;
    }
}
