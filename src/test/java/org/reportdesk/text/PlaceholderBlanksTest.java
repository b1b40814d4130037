package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderBlanksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20xx年全县|【年份】年全县",
        "20_年春季|【年份】年春季",
        "xxxx年上半年|【年份】年上半年",
        "20××年|【年份】年",
        "新建xx所幼儿园|新建【数字】所幼儿园",
        "资金XX万元|资金【数字】万元",
        "覆盖率达xx%|覆盖率达【数字】%",
        "招聘＿＿名教师|招聘【数字】名教师",
        "XX县教育局|【名称】县教育局",
        "某某学校|【名称】学校",
        "□□镇|【名称】镇",
        "**区教育局|【名称】区教育局",
        "××小学|【名称】小学",
        "OA系统和Excel表|OA系统和Excel表",
        "2024年6月|2024年6月",
    })
    void placeholdersBecomeNamedBlanks(String in, String out) {
        assertThat(PlaceholderBlanks.toBlanks(in)).isEqualTo(out);
    }
}
