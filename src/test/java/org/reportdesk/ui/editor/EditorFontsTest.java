package org.reportdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditorFontsTest {

    @Test
    void prefersFangSongThenACjkSerifThenTheDefault() {
        assertThat(EditorFonts.choose(List.of("Arial", "Noto Serif CJK SC", "仿宋"))).isEqualTo("仿宋");
        assertThat(EditorFonts.choose(List.of("Arial", "Noto Serif CJK SC"))).isEqualTo("Noto Serif CJK SC");
        assertThat(EditorFonts.choose(List.of("Arial"))).isNull();
    }
}
