package org.reportdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastedTextTest {

    @Test
    void normalisesLineBreaksAndDropsInvisibleCharacters() {
        String fromWord = "\ufeff第一段\r\n第二\u200b段\r第三段\u0007\n\u00a0末尾\t";
        assertThat(PastedText.clean(fromWord)).isEqualTo("第一段\n第二段\n第三段\n 末尾 ");
    }

    @Test
    void nullIsEmpty() {
        assertThat(PastedText.clean(null)).isEmpty();
    }
}
