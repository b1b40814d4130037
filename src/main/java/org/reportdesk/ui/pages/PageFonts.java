package org.reportdesk.ui.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.reportdesk.layout.TextStyle;

/**
 * The screen font for a face the export names: the face itself when JavaFX has it, else its usual
 * other names and the free fonts the PDF export substitutes, else the UI's Chinese font. Glyphs
 * are placed one by one at the layout's positions, so a substitute changes the look, never the
 * line breaks. Bold is drawn as a thickened stroke, as in the PDF (仿宋/楷体/黑体 have no bold cut).
 */
final class PageFonts {

    private static final List<String> FANG_SONG = List.of("仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312",
            "STFangsong", "华文仿宋", "AR PL UMing CN");
    private static final List<String> KAI = List.of("楷体_GB2312", "楷体", "KaiTi", "KaiTi_GB2312", "STKaiti", "华文楷体",
            "AR PL UKai CN");
    private static final List<String> HEI = List.of("黑体", "SimHei", "STHeiti", "Microsoft YaHei", "WenQuanYi Micro Hei",
            "Noto Sans CJK SC");
    private static final List<String> SONG = List.of("方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong",
            "宋体", "SimSun", "Noto Serif CJK SC", "AR PL UMing CN");

    private final String fallback;
    private final TreeSet<String> installed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> families = new HashMap<>();
    private final Map<TextStyle, Font> fonts = new HashMap<>();

    /** {@code fallback}: the UI's Chinese family, used where no other name is installed. */
    PageFonts(String fallback) {
        this.fallback = fallback;
        installed.addAll(Font.getFamilies());
    }

    Font font(TextStyle style) {
        return fonts.computeIfAbsent(style, s -> Font.font(family(s.face()), FontWeight.NORMAL,
                s.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, s.sizePt()));
    }

    String family(String face) {
        return families.computeIfAbsent(face, f -> {
            for (String name : candidates(f)) {
                String found = installed.ceiling(name);
                if (found != null && found.equalsIgnoreCase(name)) {
                    return found;
                }
            }
            return fallback;
        });
    }

    static List<String> candidates(String face) {
        String f = face.toLowerCase(Locale.ROOT);
        List<String> known = f.contains("仿宋") || f.contains("fangsong") ? FANG_SONG
                : f.contains("楷") || f.contains("kai") ? KAI
                : f.contains("黑") || f.contains("hei") ? HEI
                : f.contains("宋") || f.contains("song") ? SONG : List.of();
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(face);
        out.addAll(known);
        return out;
    }
}
