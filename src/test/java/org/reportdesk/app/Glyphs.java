package org.reportdesk.app;

import com.sun.javafx.font.CompositeFontResource;
import com.sun.javafx.font.FontResource;
import com.sun.javafx.font.PGFont;
import com.sun.javafx.scene.text.FontHelper;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Finds text a window would draw with a font that has no glyph for it. JavaFX resolves a
 * {@link Font} to a composite: its own face first, then fallback faces the machine's fontconfig
 * happens to offer. A character the face itself lacks is drawn from such a fallback when one is
 * installed, and as an empty box otherwise (Debian with only fonts-noto-cjk, Kylin, UOS: the
 * reported bug). So a Chinese character counts as missing unless the font's own face (slot 0)
 * has it; other symbols (▾, ↑) are left to the fallbacks, which every desktop has for them.
 */
final class Glyphs {

    private Glyphs() {
    }

    /** One line per text node with a missing glyph: window title, text, font family, first missing character. */
    static List<String> unreadable(Window w) {
        List<String> out = new ArrayList<>();
        if (w.getScene() == null) {
            return out;
        }
        String title = w instanceof Stage s ? s.getTitle() : w.getClass().getSimpleName();
        walk(w.getScene().getRoot(), n -> {
            if (n instanceof Text t && t.getText() != null) {
                int bad = firstMissing(t.getFont(), t.getText());
                if (bad >= 0) {
                    out.add("[" + title + "] \"" + t.getText() + "\" in " + t.getFont().getFamily() + " lacks '"
                            + new String(Character.toChars(bad)) + "'");
                }
            }
        });
        return out;
    }

    /** The first code point of {@code text} the font's own face cannot draw, or -1. */
    static int firstMissing(Font font, String text) {
        FontResource r = ((PGFont) FontHelper.getNativeFont(font)).getFontResource();
        return text.codePoints()
                .filter(Glyphs::chinese)
                .filter(cp -> !ownGlyph(r, cp))
                .findFirst().orElse(-1);
    }

    /** Han characters and the CJK and full-width punctuation around them (the text the bug turned into boxes). */
    static boolean chinese(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || (b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && cp < 0xFF61);
    }

    private static boolean ownGlyph(FontResource r, int cp) {
        int g = r.getGlyphMapper().charToGlyph(cp);
        if (r instanceof CompositeFontResource) {
            // A composite glyph code carries the slot in its top byte; slot 0 is the font's own face.
            return (g >>> 24) == 0 && (g & 0xFFFFFF) != 0;
        }
        return g != 0;
    }

    private static void walk(Node n, java.util.function.Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, visit));
        }
    }
}
