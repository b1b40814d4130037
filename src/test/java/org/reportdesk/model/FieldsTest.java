package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void fillsDerivedFieldsAndLeavesUnknownOnesForTheChecker() {
        Map<String, String> v = Fields.values("某县教育局", 2025, Period.FIRST_HALF);
        String filled = Fields.fill("{{单位名称}}{{年度}}年{{时段}}工作总结和{{下一时段}}工作计划，对比{{上一年度}}年，{{未知}}", v);
        assertThat(filled).isEqualTo("某县教育局2025年上半年工作总结和下半年工作计划，对比2024年，{{未知}}");
    }

    @Test
    void thePeriodAfterTheLastOfAYearBelongsToTheNextYear() {
        String title = "{{单位名称}}{{年度}}年{{时段}}工作总结和{{下一时段}}工作计划";
        assertThat(Fields.fill(title, Fields.values("某区教育局", 2025, Period.SECOND_HALF)))
                .isEqualTo("某区教育局2025年下半年工作总结和2026年上半年工作计划");
        assertThat(Fields.fill("{{下一时段}}", Fields.values("", 2025, Period.YEAR))).isEqualTo("2026年");
        assertThat(Fields.fill("{{下一时段}}", Fields.values("", 2025, Period.Q4))).isEqualTo("2026年第一季度");
        assertThat(Fields.fill("{{下一时段}}", Fields.values("", 2025, Period.Q2))).isEqualTo("第三季度");
    }

    @Test
    void blanksAreRecognised() {
        assertThat(Fields.BLANK.matcher("新建学校【数字】所").find()).isTrue();
        assertThat(Fields.BLANK.matcher("新建学校若干所").find()).isFalse();
    }
}
