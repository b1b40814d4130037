package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;

class Gb2312TableTest {

    @Test
    void tableAgreesWithTheJdkEncoderOnEveryBmpCharacter() {
        CharsetEncoder gb = Charset.forName("GB2312").newEncoder();
        int differing = 0;
        for (int c = 0x80; c <= 0xFFFF; c++) {
            boolean expected = !Character.isSurrogate((char) c) && gb.canEncode((char) c);
            if (Gb2312.contains(c) != expected) {
                differing++;
            }
        }
        assertThat(differing).isZero();
        assertThat(Gb2312.contains('喆')).isFalse();
        assertThat(Gb2312.contains('教')).isTrue();
    }
}
