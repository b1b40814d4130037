package org.reportdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiFontsTest {

    @Test
    void eachPlatformTriesItsOwnChineseFontsFirstThenTheOthers() {
        assertThat(UiFonts.candidates("Windows 10")).startsWith("Microsoft YaHei UI", "Microsoft YaHei")
                .contains("仿宋", "PingFang SC", "Noto Sans CJK SC").doesNotHaveDuplicates();
        assertThat(UiFonts.candidates("Mac OS X")).startsWith("PingFang SC").contains("Microsoft YaHei");
        assertThat(UiFonts.candidates("Linux")).startsWith("Noto Sans CJK SC")
                .containsSubsequence("Noto Sans CJK SC", "WenQuanYi Micro Hei", "文泉驿微米黑", "Microsoft YaHei");
    }
}
