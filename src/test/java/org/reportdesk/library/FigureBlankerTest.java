package org.reportdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class FigureBlankerTest {

    @Test
    void numbersWithUnitsBecomeBlanksAndTheUnitStays() {
        assertThat(FigureBlanker.blank("新建改扩建学校12所，投入资金3.5万元，巩固率达98.6%，培训教师1200人次。"))
                .isEqualTo("新建改扩建学校【数字】所，投入资金【数字】万元，巩固率达【数字】%，培训教师【数字】人次。");
        assertThat(FigureBlanker.blank("惠及学生2万余人，覆盖10-15个乡镇，增长３个百分点，占比５０％。"))
                .isEqualTo("惠及学生【数字】万余人，覆盖【数字】个乡镇，增长【数字】个百分点，占比【数字】％。");
    }

    @Test
    void yearsDatesOrdinalsAndDocumentNumbersStay() {
        String s = "2025年6月15日召开第3届运动会，印发《实施方案》（x教发〔2020〕5号），1.加强领导。";
        assertThat(FigureBlanker.blank(s)).isEqualTo(s);
        assertThat(FigureBlanker.blank("三个方面、五育并举")).isEqualTo("三个方面、五育并举");
    }

    @Test
    void aWholeSubtreeIsBlanked() {
        Section s = new Section("资助学生3000人", RichText.ofPlain("发放资金120万元。"));
        s.add(new Section("营养餐", RichText.ofPlain("覆盖45所学校。")));
        FigureBlanker.blank(s);
        assertThat(s.heading()).isEqualTo("资助学生【数字】人");
        assertThat(s.body().plainText()).isEqualTo("发放资金【数字】万元。");
        assertThat(s.children().get(0).body().plainText()).isEqualTo("覆盖【数字】所学校。");
    }
}
