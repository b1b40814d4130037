package org.reportdesk.text;

import java.util.regex.Pattern;

/**
 * Whether a line next to a table or a picture is its title or caption: {@code 表1 …},
 * {@code 附表2：…}, {@code …情况表} or {@code …一览表} above a table; {@code 图1 …} below a picture.
 */
public final class Captions {

    /** Longest line taken as a title or caption. */
    static final int MAX_LENGTH = 50;
    private static final String NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}(?:[-－.．][0-9０-９]{1,2})?";
    private static final Pattern NUMBERED_TABLE = Pattern.compile("^(?:附表|表)[ \\t\\u3000]*" + NUMBER + "(?:$|[ \\t\\u3000:：、.．]|(?=[\\u4e00-\\u9fff]))");
    private static final Pattern TABLE_NAME = Pattern.compile("(?:情况|一览|统计|明细|进展|进度|汇总|计划|分解|安排|清单|对照|完成|登记|分配)表$|[^代]表$");
    private static final Pattern NUMBERED_FIGURE = Pattern.compile("^图[ \\t\\u3000]*" + NUMBER + "(?:$|[ \\t\\u3000:：、.．]|(?=[\\u4e00-\\u9fff]))");

    private Captions() {
    }

    /**
     * Whether {@code line} (stripped) reads as a table's title: numbered ({@code 表1}), or a short
     * name ending in 表 that stands out ({@code emphasized}: centred or bold) or ends in a typical
     * 情况表, 一览表 …
     */
    public static boolean tableTitle(String line, boolean emphasized) {
        String t = line.strip();
        if (!plausible(t) || t.startsWith("附件")) {
            return false;
        }
        if (NUMBERED_TABLE.matcher(t).find()) {
            return true;
        }
        String name = t.replaceAll("[（(][^）)]*[）)]$", "");
        return TABLE_NAME.matcher(name).find() && (emphasized || name.length() <= 30 && name.matches(".*(情况|一览|统计|明细|进展|汇总)表$"));
    }

    /** Whether {@code line} (stripped) reads as a picture's caption: {@code 图1 …}. */
    public static boolean pictureCaption(String line) {
        String t = line.strip();
        return plausible(t) && NUMBERED_FIGURE.matcher(t).find();
    }

    private static boolean plausible(String t) {
        return t.length() >= 2 && t.length() <= MAX_LENGTH && !t.endsWith("。") && !t.endsWith("；")
                && t.indexOf('\t') < 0 && t.indexOf(org.reportdesk.model.Embedded.OBJECT_CHAR) < 0;
    }
}
