package org.reportdesk.app;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import javafx.scene.text.Font;

/**
 * Chooses the UI font: the first installed family of this platform's list of fonts that carry
 * Chinese glyphs. JavaFX CSS takes only the first name of a {@code -fx-font-family} list (an
 * absent family falls back to "System", whose own face on Linux has no Chinese), so the choice
 * is made here and handed to every window as a one-rule stylesheet.
 */
public final class UiFonts {

    static final List<String> WINDOWS = List.of("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "DengXian", "等线",
            "SimSun", "宋体", "FangSong", "仿宋");
    static final List<String> MAC = List.of("PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "Songti SC");
    static final List<String> LINUX = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "思源黑体", "WenQuanYi Micro Hei", "文泉驿微米黑", "WenQuanYi Zen Hei", "文泉驿正黑", "Droid Sans Fallback",
            "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "AR PL UKai CN", "Noto Sans CJK JP");

    private static volatile String chosen;

    private UiFonts() {
    }

    /** This platform's list first, then the others' (a Linux desktop may carry Windows fonts). */
    static List<String> candidates(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>();
        if (os.startsWith("windows")) {
            all.addAll(WINDOWS);
        } else if (os.startsWith("mac")) {
            all.addAll(MAC);
        } else {
            all.addAll(LINUX);
        }
        for (List<String> l : List.of(WINDOWS, MAC, LINUX)) {
            l.stream().filter(f -> !all.contains(f)).forEach(all::add);
        }
        return all;
    }

    /** The chosen family, or "System" when no Chinese font is installed at all. Call on the FX thread. */
    public static String family() {
        String f = chosen;
        if (f == null) {
            f = choose(candidates(System.getProperty("os.name", "")));
            chosen = f;
        }
        return f;
    }

    static String choose(List<String> candidates) {
        List<String> installed = Font.getFamilies();
        for (String c : candidates) {
            for (String i : installed) {
                if (i.equalsIgnoreCase(c)) {
                    return i;
                }
            }
        }
        return "System";
    }

    /** A data: URL stylesheet setting the chosen family on every root. */
    public static String stylesheet() {
        String css = ".root { -fx-font-family: \"" + family().replace("\"", "") + "\"; }\n";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
