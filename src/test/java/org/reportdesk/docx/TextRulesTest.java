package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** XML safety, title breaking, signature arithmetic and date normalising. */
class TextRulesTest {

    @Test
    void cleanDropsWhatXmlForbidsAndKeepsTheRest() {
        assertThat(XmlText.clean("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007Fg\u0085h")).isEqualTo("abcdefgh");
        assertThat(XmlText.clean("甲\uD800乙\uDC00丙\uFFFE丁\uFFFF")).isEqualTo("甲乙丙丁");
        assertThat(XmlText.clean("𠮷\t\n\r")).isEqualTo("𠮷\t\n\r");
        String ok = "普通文本";
        assertThat(XmlText.clean(ok)).isSameAs(ok);
    }

    @Test
    void runContentTurnsControlsIntoWordElements() {
        StringBuilder sb = new StringBuilder();
        XmlText.appendRunContent(sb, "a\tb\u000Bc\r\nd\u000Ce\u0001");
        assertThat(sb.toString()).isEqualTo("<w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/>"
                + "<w:t xml:space=\"preserve\">c</w:t><w:br/><w:t xml:space=\"preserve\">d</w:t><w:br w:type=\"page\"/>"
                + "<w:t xml:space=\"preserve\">e</w:t>");
        assertThat(XmlText.escape("<&>\"")).isEqualTo("&lt;&amp;&gt;&quot;");
    }

    @Test
    void shortTitleStaysOnOneLine() {
        assertThat(TitleLines.split("云溪县教育局2025年上半年工作总结", "云溪县教育局", 40))
                .containsExactly("云溪县教育局2025年上半年工作总结");
    }

    @Test
    void longTitleBreaksBeforeTheDocumentKind() {
        List<String> lines = TitleLines.split("云溪县教育局关于进一步加强中小学校园安全管理的工作总结", "云溪县教育局", 40);
        assertThat(String.join("", lines)).isEqualTo("云溪县教育局关于进一步加强中小学校园安全管理的工作总结");
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(l -> assertThat(TextWidth.halfCells(l)).isLessThanOrEqualTo(40));
        assertThat(lines.get(0)).isEqualTo("云溪县教育局关于进一步加强");
    }

    @Test
    void breakFallsAfterTheUnitName() {
        List<String> lines = TitleLines.split("云溪县教育局2025年上半年党风廉政建设和反腐败工作总结", "云溪县教育局", 40);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("云溪县教育局2025年上半年");
        assertThat(lines.get(1)).isEqualTo("党风廉政建设和反腐败工作总结");
    }

    @Test
    void neverBreaksInsideANumberOrBeforeClosingPunctuation() {
        for (int max = 8; max <= 30; max++) {
            List<String> lines = TitleLines.split("某某县2025年度教育（体育）工作总结ABC2025报告", "", max);
            for (int i = 1; i < lines.size(); i++) {
                char prevEnd = lines.get(i - 1).charAt(lines.get(i - 1).length() - 1);
                char start = lines.get(i).charAt(0);
                assertThat(Character.isDigit(prevEnd) && Character.isDigit(start)).as(lines.toString()).isFalse();
                assertThat("）”，。、".indexOf(start)).as(lines.toString()).isNegative();
                assertThat(prevEnd).as(lines.toString()).isNotEqualTo('（');
            }
            assertThat(String.join("", lines)).isEqualTo("某某县2025年度教育（体育）工作总结ABC2025报告");
        }
    }

    @Test
    void anUpperLineIsNeverLongerThanTheLinesBelowIt() {
        assertThat(TitleLines.isUpright(new int[] {38, 14})).as("a 19/7 split is an inverted trapezoid").isFalse();
        assertThat(TitleLines.isUpright(new int[] {14, 38})).isTrue();
        assertThat(TitleLines.isUpright(new int[] {20, 36, 24})).as("diamond").isTrue();
        assertThat(TitleLines.isUpright(new int[] {36, 36, 20})).isFalse();
        // the cheap breaks (after 上半年, before 中小学) used to leave 16/12 and 15/12 splits
        assertThat(TitleLines.split("云溪县教育局关于2025年上半年教育系统安全生产工作总结", "云溪县教育局", 40))
                .containsExactly("云溪县教育局关于2025年", "上半年教育系统安全生产工作总结");
        for (String title : List.of("云溪县教育局关于全面加强新时代中小学劳动教育的工作总结",
                "云溪县教育局关于2025年上半年教育系统安全生产工作总结",
                "云溪县教育局关于开展义务教育阶段学生作业管理专项督导的情况报告",
                "青松区教育局关于中小学课后服务工作开展情况的自查报告",
                "云溪县教育局关于乡村教师队伍建设和教师培训工作情况的报告")) {
            List<String> lines = TitleLines.split(title, "云溪县教育局", 40);
            int[] w = lines.stream().mapToInt(TextWidth::halfCells).toArray();
            assertThat(TitleLines.isUpright(w, 2)).as(lines.toString()).isTrue();
            assertThat(String.join("", lines)).isEqualTo(title);
            assertThat(String.join("|", lines)).as("words kept whole").doesNotContain("阶|段", "课后|服务", "队伍|建设");
        }
    }

    @Test
    void threeLinesFormATrapezoidOrDiamond() {
        String title = "云溪县教育局关于2025年度义务教育优质均衡发展督导评估反馈问题整改落实情况的工作报告";
        List<String> lines = TitleLines.split(title, "云溪县教育局", 40);
        assertThat(lines).hasSize(3);
        int a = TextWidth.halfCells(lines.get(0));
        int b = TextWidth.halfCells(lines.get(1));
        int c = TextWidth.halfCells(lines.get(2));
        assertThat(TitleLines.isUpright(new int[] {a, b, c})).as(lines.toString()).isTrue();
        assertThat(String.join("", lines)).isEqualTo(title);
    }

    @Test
    void sealedLayoutCentresTheUnitOverTheDate() {
        SignatureLayout l = SignatureLayout.sealed("云溪县教育局", "2025年12月20日");
        // date: 2025 (2) + 12 (1) + 20 (1) + 年月日 (3) = 7; unit 6: 1280 + ½ × 320
        assertThat(l.dateRight()).isEqualTo(1280);
        assertThat(l.signatureRight()).isEqualTo(1440);
        assertThat(l.blankLinesBefore()).isEqualTo(2);
        assertThat(SignatureLayout.sealed("云溪县人民政府教育督导委员会办公室", "2025年7月5日").signatureRight()).isZero();
    }

    @Test
    void unsealedLayoutShiftsTheDateTwoCharactersRight() {
        SignatureLayout l = SignatureLayout.unsealed("云溪县人民政府办公室", "2025年7月5日");
        // unit 10 with 2 right; date 6 starts 2 right of the unit start: right space 10 - 6 = 4
        assertThat(l.signatureRight()).isEqualTo(640);
        assertThat(l.dateRight()).isEqualTo(1280);
        assertThat(l.blankLinesBefore()).isEqualTo(1);
        SignatureLayout longDate = SignatureLayout.unsealed("教育局", "2025年12月20日");
        // date 7 gets 2 right; unit 3 must start 2 left of the date: 640 + 7×320 - 2×320... right = 640 + (7 - 3 + 2) × 320
        assertThat(longDate.dateRight()).isEqualTo(640);
        assertThat(longDate.signatureRight()).isEqualTo(640 + 6 * 320);
    }

    @Test
    void datesBecomeArabicWithoutPadding() {
        assertThat(DateText.arabic("2025年07月05日")).isEqualTo("2025年7月5日");
        assertThat(DateText.arabic("二〇二五年十二月二十日")).isEqualTo("2025年12月20日");
        assertThat(DateText.arabic("２０２５年１月９日")).isEqualTo("2025年1月9日");
        assertThat(DateText.arabic(" 2025 年 3 月 1 日 ")).isEqualTo("2025年3月1日");
        assertThat(DateText.arabic("2025年13月1日")).isEqualTo("2025年13月1日");
        assertThat(DateText.arabic("七月初")).isEqualTo("七月初");
        assertThat(DateText.format("2025年07月05日", DateStyle.AS_WRITTEN)).isEqualTo("2025年07月05日");
    }

    @Test
    void fontFamiliesMapGb2312FacesToTheirFullFaces() {
        assertThat(FontScheme.fullFaceOf("仿宋_GB2312")).isEqualTo("仿宋");
        assertThat(FontScheme.fullFaceOf("楷体_GB2312")).isEqualTo("楷体");
        assertThat(FontScheme.fullFaceOf("黑体")).isEqualTo("黑体");
        assertThat(Gb2312.contains('中')).isTrue();
        assertThat(Gb2312.contains('喆')).isFalse();
        assertThat(Gb2312.contains(0x20BB7)).isFalse();
        assertThat(Gb2312.containsAll("一、总体情况（2025）")).isTrue();
    }
}
