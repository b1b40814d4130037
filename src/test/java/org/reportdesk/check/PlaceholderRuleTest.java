package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.check.Reports.flagged;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.model.Report;

class PlaceholderRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全区现有中小学xx所，在校学生3.2万人。|xx",
        "XX镇中心小学被评为市级文明校园。|XX",
        "本学期新建标准化食堂x所。|x",
        "组织骨干教师培训X人次。|X",
        "累计投入资金x万元用于校舍维修。|x",
        "第x期校长论坛如期举办。|x",
        "高考本科上线率为xx.x%，同比提高x.x个百分点。|xx.x~x.x",
        "选派骨干教师赴x州开展帮扶。|x",
        "组织开展阅读美x书香校园活动。|x",
        "根据x教发〔2020〕x号文件精神，落实经费。|x~x",
        "xxxx年全区高考本科上线率再创新高。|xxxx",
        "20xx年新建幼儿园两所。|20xx",
        "20_年完成全部改造任务。|20_",
        "全年累计发放助学金**万元。|**",
        "学生体质健康达标率为*%。|*",
        "□□学校食堂改造已经完工。|□□",
        "××镇完成寄宿制学校建设。|××",
        "义务教育巩固率达到＿＿%。|＿＿",
        "某某中学获评省级示范校。|某某",
        "新增学位【数字】个，超额完成任务。|【数字】",
        "全区共有【】所学校参与试点。|【】",
    })
    void flagsEveryFormOfPlaceholder(String paragraph, String placeholder) {
        assertThat(flagged("placeholder.", paragraph)).containsExactly(placeholder.split("~"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "全面推行Excel电子台账，数据统一导出为xlsx格式。",
        "科技节展出了Xbox体感运动项目。",
        "新建风雨操场面积为3×4公顷的一半，约1.5公顷。",
        "卫生室配备X光机一台。",
        "依据《关于印发2019年中小学教师培训方案的通知》开展培训。",
        "按照区教发〔2019〕5号文件要求落实学时。",
        "某些学校存在课后服务内容单一的问题，某校已率先整改。",
        "资料已上传至http://jyj.example.gov.cn/file_list/a_b.html供查阅。",
        "全年完成培训3.5万人次，每天10:30开始线上答疑。",
        "公式5*6=30用于计算课时。",
    })
    void leavesLegitimateTextAlone(String paragraph) {
        assertThat(flagged("placeholder.", paragraph)).isEmpty();
    }

    @Test
    void findsPlaceholdersInTitleSignatureAndDate() {
        Report r = Reports.clean();
        r.setTitle("XX区教育局2025年上半年工作总结");
        r.setSignature("某某区教育局");
        r.setDate("2025年x月x日");
        assertThat(Reports.findings(r, "placeholder.")).extracting(Finding::section)
                .containsExactly("标题", "署名", "成文日期", "成文日期");
        assertThat(Reports.findings(r, "date.")).isEmpty();
    }

    @Test
    void placeholdersAreErrorsWithoutAnAutomaticFix() {
        Finding f = Reports.findings(Reports.withBody("共有xx所学校。"), "placeholder.").get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.quickFix()).isEmpty();
        assertThat(f.section()).isEqualTo("二");
        assertThat(f.message()).contains("xx");
    }

    @Test
    void unfilledFieldIsAnErrorAndTheReportsOwnValueFixesIt() {
        Report r = Reports.withBody("{{单位名称}}全体干部职工齐心协力，{{分管领导}}带队督导。");
        var fields = Reports.findings(r, "field.");
        assertThat(fields).extracting(Finding::excerpt).hasSize(2);
        assertThat(fields.get(0).quickFix()).isPresent();
        assertThat(fields.get(1).quickFix()).isEmpty();
        QuickFixes.apply(r, fields.get(0).fix());
        assertThat(r.sections().get(1).body().plainText()).startsWith("城南区教育局全体干部职工");
        assertThat(Reports.findings(r, "field.")).hasSize(1);
    }
}
