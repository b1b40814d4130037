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
            if (c == 0x2014 || c == 0x00B7 || c == 0x2015 || c == 0x30FB) {
                expected = !expected; // code page 936, as the Windows *_GB2312 faces map A1AA and A1A4
            }
            if (Gb2312.contains(c) != expected) {
                differing++;
            }
        }
        assertThat(differing).isZero();
        assertThat(Gb2312.contains('喆')).isFalse();
        assertThat(Gb2312.contains('教')).isTrue();
    }

    @Test
    void emDashAndMiddleDotStayInTheGb2312Face() {
        assertThat(Gb2312.containsAll("——·")).as("A1AA and A1A4 as code page 936 maps them").isTrue();
        assertThat(Gb2312.contains(0x2015)).isFalse();
        assertThat(Gb2312.contains(0x30FB)).isFalse();
    }
}
