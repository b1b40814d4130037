package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberingTest {

    @Test
    void labelsFollowTheFourLevelsOfAWorkReport() {
        assertThat(Numbering.label(1, 0)).isEqualTo("一、");
        assertThat(Numbering.label(2, 2)).isEqualTo("（三）");
        assertThat(Numbering.label(3, 0)).isEqualTo("1.");
        assertThat(Numbering.label(4, 9)).isEqualTo("（10）");
    }

    @Test
    void chineseNumeralsBeyondTen() {
        assertThat(Numbering.chinese(10)).isEqualTo("十");
        assertThat(Numbering.chinese(11)).isEqualTo("十一");
        assertThat(Numbering.chinese(20)).isEqualTo("二十");
        assertThat(Numbering.chinese(35)).isEqualTo("三十五");
        assertThat(Numbering.chinese(100)).isEqualTo("一百");
        assertThat(Numbering.chinese(105)).isEqualTo("一百零五");
        assertThat(Numbering.chinese(115)).isEqualTo("一百一十五");
    }

    @Test
    void parseIsTheInverseOfChinese() {
        for (int n = 1; n < 1000; n++) {
            assertThat(Numbering.parseChinese(Numbering.chinese(n))).as("n=%d", n).isEqualTo(n);
        }
        assertThat(Numbering.parseChinese("甲")).isEqualTo(-1);
    }

    @Test
    void aFifthLevelHasNoLabel() {
        assertThatThrownBy(() -> Numbering.label(5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
