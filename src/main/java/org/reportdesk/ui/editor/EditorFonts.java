package org.reportdesk.ui.editor;

import java.util.List;
import javafx.scene.text.Font;

/** The body font of the editor: 仿宋 as the export uses it when the machine has it, else a CJK serif. */
public final class EditorFonts {

    static final List<String> PREFERRED = List.of(
            "仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "STFangsong",
            "Noto Serif CJK SC", "Source Han Serif SC", "思源宋体", "宋体", "SimSun");

    public static final double BODY_SIZE_PT = 16;

    private EditorFonts() {
    }

    /** The first preferred family installed, or null for the default font. */
    public static String bodyFamily() {
        return choose(Font.getFamilies());
    }

    static String choose(List<String> installed) {
        for (String f : PREFERRED) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return null;
    }
}
