package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.check.Reports.flagged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.model.Report;

class PunctuationRuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "全面落实\"双减\"政策要求。|punctuation.straightQuote|\"~\"",
        "加强师资建设,提升办学水平。|punctuation.halfWidth|,",
        "主要做法如下:一是强化保障。|punctuation.halfWidth|:",
        "一是落实责任;二是强化督导。|punctuation.halfWidth|;",
        "如何破解大班额难题?需要统筹。|punctuation.halfWidth|?",
        "(一)加强党建引领|punctuation.halfWidth|(~)",
        "开展读书、演讲、征文...等活动。|punctuation.ellipsis|...",
        "开展读书、演讲、征文。。。等活动。|punctuation.ellipsis|。。。",
        "认真学习《义务教育法，提升依法治教水平。|punctuation.unbalanced|《",
        "落实“五项管理”规定”，加强督查。|punctuation.unbalanced|”",
        "根据市教发[2020]12号文件精神|punctuation.docNumber|[2020]",
        "根据市教发【2021】3号文件精神|punctuation.docNumber|【2021】",
        "全区共有学校１２６所。|punctuation.fullWidthAlnum|１２６",
        "全面完成各项任务.下一步将继续巩固成果.|punctuation.halfWidth|.~.",
        "根据区教发(2024)6号文件精神|punctuation.|(2024)",
        "配备ＡＩ学习终端。|punctuation.fullWidthAlnum|ＡＩ",
    })
    void flagsWrongPunctuation(String paragraph, String rule, String marks) {
        assertThat(flagged(rule, paragraph)).containsExactly(marks.split("~"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "全区生均公用经费标准提高到1,200元，增幅为3.5%。",
        "每天10:30组织大课间活动，师生比为1:13。",
        "详见http://jyj.example.gov.cn/list?id=3&t=1,2;a:b!c(d)。",
        "联系邮箱jyj_office@example.cn，欢迎来信。",
        "The school motto is \"Learn, and grow!\"",
        "按照区教发〔2019〕5号文件要求，落实“五项管理”规定……",
        "学习《中华人民共和国教师法》（修订草案）有关条款。",
        "一.加强党建引领，生均面积达到3.5平方米，系统升级到v2.0。",
    })
    void leavesCorrectTextAlone(String paragraph) {
        assertThat(flagged("punctuation.", paragraph)).isEmpty();
    }

    @Test
    void fixesMakeTheParagraphClean() {
        Report r = Reports.withBody("全面落实\"双减\"政策,开展读书、征文...等活动(详见附件)。",
                "根据市教发[2020]12号文件,全区共有学校１２６所。");
        List<Finding> before = Reports.findings(r, "punctuation.");
        assertThat(before).hasSize(9).allMatch(f -> f.fix() != null);
        List<AppliedFix> applied = QuickFixes.applyAll(r, before);
        assertThat(applied).hasSize(9);
        assertThat(r.sections().get(1).body().plainText()).isEqualTo(
                "全面落实“双减”政策，开展读书、征文……等活动（详见附件）。\n根据市教发〔2020〕12号文件，全区共有学校126所。");
        assertThat(Reports.findings(r, "punctuation.")).isEmpty();
        for (int i = applied.size() - 1; i >= 0; i--) {
            applied.get(i).undo(r);
        }
        assertThat(r.sections().get(1).body().plainText()).isEqualTo(
                "全面落实\"双减\"政策,开展读书、征文...等活动(详见附件)。\n根据市教发[2020]12号文件,全区共有学校１２６所。");
    }

    @Test
    void quotesFixedOneByOneStayPaired() {
        Report r = Reports.withBody("推进\"县管校聘\"和\"集团化办学\"改革。");
        for (int i = 0; i < 4; i++) {
            List<Finding> quotes = Reports.findings(r, "punctuation.straightQuote");
            QuickFixes.apply(r, quotes.get(quotes.size() > 1 ? 1 : 0).fix());
        }
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("推进“县管校聘”和“集团化办学”改革。");
    }
}
