package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;

class CleanReportTest {

    @Test
    void aCarefullyWrittenReportHasNoFindings() {
        CheckResult result = new Preflight().check(Reports.clean());
        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.section() + " " + f.excerpt()).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }

    /** Everything here looks like something a rule looks for, and none of it is wrong. */
    @Test
    void legitimateLookalikesRaiseNothing() {
        Report r = Reports.clean();
        r.sections().get(0).children().get(0).setBody(RichText.ofPlain(String.join("\n",
                "全区幼儿园生均建筑面积达到9.6平方米，师生比为1:13，每天10:30组织户外活动。",
                "1.推进普惠扩容。新增学位1,260个，完成3×4米规格的功能室改造12间。",
                "（1）新建园所。卫生保健室统一配备X光防护设施说明。",
                "（2）扩充学位。数据统一用Excel汇总，导出为xlsx格式，上传至http://jyj.example.gov.cn/a_b?id=1,2。",
                "2.提升保教质量。一是开展教研；二是推进游戏化教学；三是加强家园共育。",
                "依据《关于印发2019年学前教育三年行动计划的通知》（区教发〔2019〕5号）要求，落实“三个一”举措……")));
        r.sections().get(2).children().get(0).setBody(RichText.ofPlain(
                "对照“十四五”教育规划（2021—2025年）目标，确保2025年底前全部完工，力争2026年春季投入使用。"));
        r.attachments().add("城南区2025年上半年教育重点项目进度表");
        CheckResult result = new Preflight().check(r);
        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.section() + " " + f.excerpt()).isEmpty();
    }
}
