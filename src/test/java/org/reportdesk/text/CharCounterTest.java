package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharCounterTest {

    @Test
    void countsAsAChineseOfficeDoes() {
        assertThat(CharCounter.count("教育局")).isEqualTo(3);
        assertThat(CharCounter.count("完成率达到95.5%。")).isEqualTo(5 + 1 + 1);
        assertThat(CharCounter.count("使用Excel 2019软件")).isEqualTo(2 + 1 + 1 + 2);
        assertThat(CharCounter.count("“双减”工作，")).isEqualTo(7);
        assertThat(CharCounter.count("  \n\t")).isZero();
        assertThat(CharCounter.count("𠀀")).isEqualTo(1);
        assertThat(CharCounter.count("第1页")).isEqualTo(3);
        assertThat(CharCounter.count("Café")).isEqualTo(1);
    }
}
