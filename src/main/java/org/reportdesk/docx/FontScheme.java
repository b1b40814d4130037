package org.reportdesk.docx;

/**
 * The faces a report is set in. {@link #GB2312} is the classic government set; {@link #WINDOWS}
 * uses the faces every Windows 10+ machine has, where the *_GB2312 faces are missing.
 */
public enum FontScheme {
    GB2312("仿宋_GB2312", "楷体_GB2312", "黑体", "方正小标宋简体"),
    WINDOWS("仿宋", "楷体", "黑体", "宋体");

    private final String fangSong;
    private final String kai;
    private final String hei;
    private final String title;

    FontScheme(String fangSong, String kai, String hei, String title) {
        this.fangSong = fangSong;
        this.kai = kai;
        this.hei = hei;
        this.title = title;
    }

    /** Body text, 主送机关, 附件说明, 署名, 日期, headings of levels 3 and 4. */
    public String fangSong() {
        return fangSong;
    }

    /** Level 2 headings. */
    public String kai() {
        return kai;
    }

    /** Level 1 headings. */
    public String hei() {
        return hei;
    }

    /** The title (小标宋). */
    public String title() {
        return title;
    }

    /** The face of a heading level 1..4. */
    public String heading(int level) {
        return switch (level) {
            case 1 -> hei;
            case 2 -> kai;
            default -> fangSong;
        };
    }

    /**
     * One face name: the first of a fallback list such as {@code 华文中宋,宋体}, which Word would read
     * as a single (missing) face (spec 9); fallbacks belong in the font table's {@code w:altName}.
     */
    public static String singleFace(String face) {
        String[] names = face.split("[,，;；、]");
        for (String n : names) {
            if (!n.isBlank()) {
                return n.strip();
            }
        }
        return "";
    }

    /**
     * The face that shows characters outside GB2312 for {@code face}: the non-GB2312 face of the
     * same family (仿宋_GB2312 → 仿宋), or {@code face} itself when it is not a *_GB2312 face.
     */
    public static String fullFaceOf(String face) {
        return face.endsWith("_GB2312") ? face.substring(0, face.length() - "_GB2312".length()) : face;
    }
}
