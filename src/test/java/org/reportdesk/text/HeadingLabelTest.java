package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、总体要求|1|1|总体要求",
        "十二、保障措施|1|12|保障措施",
        "三 、 工作打算|1|3|工作打算",
        "（一）强化党建|2|1|强化党建",
        "(二)强化党建|2|2|强化党建",
        "(三) 强化党建|2|3|强化党建",
        "（ 四 ）强化党建|2|4|强化党建",
        "1.课堂改革|3|1|课堂改革",
        "2．课堂改革|3|2|课堂改革",
        "3、课堂改革|3|3|课堂改革",
        "１０. 课堂改革|3|10|课堂改革",
        "1、2015年以来|3|1|2015年以来",
        "（1）语文组|4|1|语文组",
        "(12)数学组|4|12|数学组",
    })
    void recognisesEveryVariant(String line, int rank, int value, String rest) {
        HeadingLabel l = HeadingLabel.parse(line);
        assertThat(l).isNotNull();
        assertThat(l.rank()).isEqualTo(rank);
        assertThat(l.value()).isEqualTo(value);
        assertThat(line.substring(l.length())).isEqualTo(rest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"一是加强管理。", "2024年，全县", "3.5万元已拨付", "（华润高中）", "(OA)系统", "一", "第一，", "一、二年级学生", "一、二批次项目", "一、二等奖各3名"})
    void bodyTextIsNoLabel(String line) {
        assertThat(HeadingLabel.parse(line)).isNull();
    }
}
