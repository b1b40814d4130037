package org.reportdesk.layout.fonts;

import java.util.List;
import java.util.Map;

/**
 * Which font files stand for a face named in the export, best first. The first entries are the
 * face itself as Windows and the 方正/华文 packages install it; the rest are substitutes (the
 * exporter's 华文中宋/宋体 for 小标宋, then the free CJK fonts Debian ships as TrueType:
 * AR PL UMing/UKai, WenQuanYi, Droid Sans Fallback). Only TrueType outlines are listed: PDFBox
 * cannot subset the CFF outlines of Noto CJK (.ttc/.otf), and a whole CJK font is ~20 MB.
 */
public final class FontChoices {

    /** A file and, for a collection (.ttc), the member's PostScript name; null = the first member. */
    public record Candidate(String file, String member) {
    }

    /** How many leading candidates of each face are the face itself rather than a substitute. */
    static final int GENUINE = 3;

    private static final List<Candidate> SONG_SUBSTITUTES = List.of(new Candidate("uming.ttc", "UMingCN"),
            new Candidate("gbsn00lp.ttf", null), new Candidate("DroidSansFallbackFull.ttf", null),
            new Candidate("wqy-zenhei.ttc", null), new Candidate("wqy-microhei.ttc", "WenQuanYiMicroHei"));
    private static final List<Candidate> KAI_SUBSTITUTES = List.of(new Candidate("ukai.ttc", "UKaiCN"),
            new Candidate("gkai00mp.ttf", null));
    private static final List<Candidate> HEI_SUBSTITUTES = List.of(new Candidate("wqy-microhei.ttc", "WenQuanYiMicroHei"),
            new Candidate("wqy-zenhei.ttc", null), new Candidate("DroidSansFallbackFull.ttf", null));

    private static final Map<String, List<Candidate>> GENUINE_FILES = Map.of(
            "仿宋_GB2312", files("仿宋_GB2312.ttf", "FS_GB2312.ttf", "simfang.ttf"),
            "仿宋", files("simfang.ttf", "STFANGSO.TTF", "仿宋_GB2312.ttf"),
            "楷体_GB2312", files("楷体_GB2312.ttf", "KAI_GB2312.ttf", "simkai.ttf"),
            "楷体", files("simkai.ttf", "STKAITI.TTF", "楷体_GB2312.ttf"),
            "黑体", files("simhei.ttf", "STHEITI.TTF", "msyh.ttc"),
            "方正小标宋简体", files("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXBSK.TTF"),
            "宋体", files("simsun.ttc", "simsun.ttf", "STSONG.TTF"),
            "华文中宋", files("STZHONGS.TTF", "华文中宋.ttf", "STZHONGS.ttf"));

    private FontChoices() {
    }

    private static List<Candidate> files(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Candidate(n, null)).toList();
    }

    /** The candidates for {@code face}: {@link #GENUINE} genuine files, then substitutes. */
    public static List<Candidate> forFace(String face) {
        List<Candidate> own = GENUINE_FILES.getOrDefault(face, List.of());
        java.util.ArrayList<Candidate> all = new java.util.ArrayList<>(own);
        while (all.size() < GENUINE) {
            all.add(new Candidate("\0none", null));
        }
        if (face.equals("方正小标宋简体")) {
            all.addAll(GENUINE_FILES.get("华文中宋"));
            all.addAll(GENUINE_FILES.get("宋体"));
        }
        all.addAll(face.startsWith("楷体") ? KAI_SUBSTITUTES : face.equals("黑体") ? HEI_SUBSTITUTES : List.of());
        all.addAll(SONG_SUBSTITUTES);
        all.addAll(HEI_SUBSTITUTES);
        return all;
    }
}
