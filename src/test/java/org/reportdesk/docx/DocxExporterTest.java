package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.docx.ExportedDocx.attr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportdesk.model.Report;
import org.w3c.dom.Element;

/** The layout rules of the GB/T 9704 spec, checked on the exported package (POI and raw XML). */
class DocxExporterTest {

    private static final String DOC = "word/document.xml";

    static List<ExportProfile> profiles() {
        return List.of(ExportProfile.standard(), ExportProfiles.LOCAL);
    }

    @Test
    void opensInPoiWithTheReportText() throws Exception {
        try (XWPFDocument doc = ExportedDocx.of(SampleReports.small(), ExportProfile.standard()).poi()) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).contains("云溪县教育局2025年上半年工作总结", "县人民政府：", "一、上半年主要工作",
                    "（二）抓队伍，提升育人能力", "1.教研工作", "（1）听课评课", "二、存在的问题", "云溪县教育局", "2025年7月5日");
            assertThat(doc.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(doc.getParagraphs().get(1).getText()).as("one blank line after the title").isEmpty();
            assertThat(doc.getStyles().styleExist("Heading1")).isTrue();
            assertThat(doc.getFooterList()).hasSize(2);
        }
    }

    @Test
    void pageIsA4WithStandardMarginsAndLineGrid() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        Element pgSz = d.node(DOC, "//w:sectPr/w:pgSz");
        assertThat(attr(pgSz, "w")).isEqualTo("11906");
        assertThat(attr(pgSz, "h")).isEqualTo("16838");
        assertThat(attr(pgSz, "orient")).isEmpty();
        Element mar = d.node(DOC, "//w:sectPr/w:pgMar");
        assertThat(attr(mar, "top")).isEqualTo("2098");
        assertThat(attr(mar, "left")).isEqualTo("1587");
        assertThat(attr(mar, "right")).isEqualTo("1474");
        assertThat(attr(mar, "bottom")).isEqualTo("1984");
        assertThat(attr(mar, "gutter")).isEqualTo("0");
        assertThat(attr(mar, "footer")).isEqualTo("1417");
        Element grid = d.node(DOC, "//w:sectPr/w:docGrid");
        assertThat(attr(grid, "type")).isEqualTo("lines");
        assertThat(attr(grid, "linePitch")).isEqualTo("579");
        assertThat(attr(grid, "charSpace")).isEmpty();
        assertThat(d.nodes(DOC, "//w:sectPr/w:titlePg")).as("first page numbered").isEmpty();
    }

    @Test
    void variantProfileChangesMarginsAndPitch() {
        ExportProfile p = ExportProfiles.LOCAL.withMargins(35, 30, 30, 25);
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), p);
        Element mar = d.node(DOC, "//w:sectPr/w:pgMar");
        assertThat(attr(mar, "top")).isEqualTo("1984");
        assertThat(attr(mar, "bottom")).isEqualTo("1701");
        assertThat(attr(mar, "left")).isEqualTo("1701");
        assertThat(attr(mar, "right")).isEqualTo("1417");
        assertThat(attr(d.node(DOC, "//w:sectPr/w:docGrid"), "linePitch")).isEqualTo("560");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyParagraphHasExactLineSpacing(ExportProfile profile) {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), profile);
        List<Element> paras = d.paragraphs();
        assertThat(paras).hasSizeGreaterThan(15);
        for (Element p : paras) {
            Element sp = d.nodes(p, "w:pPr/w:spacing").get(0);
            assertThat(attr(sp, "line")).isEqualTo(Integer.toString(profile.lineTwips()));
            assertThat(attr(sp, "lineRule")).isEqualTo("exact");
            assertThat(attr(sp, "before")).isEqualTo("0");
            assertThat(attr(sp, "after")).isEqualTo("0");
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyRunNamesItsFontsExplicitlyInSchemaOrder(ExportProfile profile) {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), profile);
        List<String> order = List.of("rFonts", "b", "bCs", "i", "iCs", "color", "spacing", "sz", "szCs", "u", "lang");
        for (String part : List.of(DOC, "word/footer1.xml", "word/footer2.xml", "word/styles.xml")) {
            for (Element rPr : d.nodes(part, "//w:rPr")) {
                Element fonts = d.nodes(rPr, "w:rFonts").get(0);
                assertThat(attr(fonts, "eastAsia")).isNotEmpty();
                assertThat(attr(fonts, "ascii")).isNotEmpty();
                assertThat(attr(fonts, "hAnsi")).isNotEmpty();
                assertThat(attr(fonts, "hint")).isEqualTo("eastAsia");
                List<Integer> positions = new ArrayList<>();
                for (Element child : d.nodes(rPr, "*")) {
                    assertThat(order).as("unexpected rPr child in " + part).contains(child.getLocalName());
                    positions.add(order.indexOf(child.getLocalName()));
                }
                assertThat(positions).as("rPr children in schema order in " + part).isSorted();
            }
        }
        for (Element r : d.nodes(DOC, "//w:r")) {
            assertThat(d.nodes(r, "w:rPr/w:sz")).as("every run has its size").hasSize(1);
        }
        if (!profile.latinFont().isEmpty()) {
            Element run = d.runWith("新建改扩建");
            assertThat(d.string(run, "w:rPr/w:rFonts/@w:ascii")).isEqualTo(profile.latinFont());
            assertThat(d.eastAsiaFont(run)).isEqualTo(profile.fontScheme().fangSong());
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void noThemeFontAnywhere(ExportProfile profile) {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), profile);
        assertThat(d.parts.keySet()).noneMatch(name -> name.contains("theme"));
        Pattern theme = Pattern.compile("w:[a-zA-Z]*Theme[a-zA-Z]*=");
        d.parts.forEach((name, xml) -> assertThat(theme.matcher(xml).find()).as(name).isFalse());
        for (String part : d.parts.keySet()) {
            if (part.endsWith(".xml") || part.endsWith(".rels")) {
                d.dom(part); // well-formed
            }
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void fontsAndSizesPerElement(ExportProfile profile) {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), profile);
        FontScheme f = profile.fontScheme();
        Element title = d.runWith("工作总结");
        assertThat(d.eastAsiaFont(title)).isEqualTo(f.title());
        assertThat(d.size(title)).isEqualTo(44);
        assertThat(d.nodes(title, "w:rPr/w:b")).as("title not bold").isEmpty();
        assertThat(d.nodes(title, "w:rPr/w:spacing")).as("spacing tweak only on 3号").isEmpty();

        Element h1 = d.runWith("一、上半年主要工作");
        assertThat(d.eastAsiaFont(h1)).isEqualTo(f.hei());
        Element h2 = d.runWith("（二）抓队伍");
        assertThat(d.eastAsiaFont(h2)).isEqualTo(f.kai());
        Element h3 = d.runWith("1.教研工作");
        assertThat(d.eastAsiaFont(h3)).isEqualTo(f.fangSong());
        Element h4 = d.runWith("（1）听课评课");
        assertThat(d.eastAsiaFont(h4)).isEqualTo(f.fangSong());
        for (int level = 1; level <= 4; level++) {
            Element run = List.of(h1, h2, h3, h4).get(level - 1);
            assertThat(d.nodes(run, "w:rPr/w:b").isEmpty()).as("bold of level " + level).isEqualTo(!profile.headingBold(level));
        }
        Element body = d.runWith("教研员深入课堂");
        assertThat(d.eastAsiaFont(body)).isEqualTo(f.fangSong());
        for (Element run : List.of(h1, h2, h3, h4, body)) {
            assertThat(d.size(run)).isEqualTo(32);
            assertThat(d.string(run, "w:rPr/w:szCs/@w:val")).isEqualTo("32");
            assertThat(d.string(run, "w:rPr/w:spacing/@w:val")).isEqualTo(Integer.toString(profile.charSpacingTwips()));
        }
        assertThat(d.nodes(DOC, "//w:color[@w:val!='auto']")).isEmpty();
    }

    @Test
    void bodyAndHeadingsAreIndentedTwoCharacters() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        for (String start : List.of("今年以来", "一、", "（一）", "（二）", "1.教研", "（1）", "组织全员培训", "城乡之间")) {
            Element p = d.paragraphStarting(start);
            Element ind = d.nodes(p, "w:pPr/w:ind").get(0);
            assertThat(attr(ind, "firstLineChars")).as(start).isEqualTo("200");
            assertThat(attr(ind, "firstLine")).as(start).isEqualTo("640");
            assertThat(attr(ind, "left")).isEmpty();
            assertThat(attr(ind, "hanging")).isEmpty();
        }
        Element recipient = d.paragraphStarting("县人民政府");
        assertThat(d.text(recipient)).isEqualTo("县人民政府：");
        assertThat(d.string(recipient, "w:pPr/w:ind/@w:firstLine")).isEqualTo("0");
    }

    @Test
    void runInHeadingSharesItsParagraphWithTheFirstBodyParagraph() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        Element p = d.paragraphStarting("（一）强基础");
        assertThat(d.text(p)).isEqualTo("（一）强基础，夯实发展基石。新建改扩建校舍三处，新增学位一千二百个，城区大班额问题基本解决。");
        assertThat(d.styleOf(p)).isEqualTo("Heading2");
        List<Element> runs = d.nodes(p, "w:r");
        assertThat(d.eastAsiaFont(runs.get(0))).isEqualTo("楷体_GB2312");
        assertThat(d.text(runs.get(0))).isEqualTo("（一）强基础，夯实发展基石。");
        assertThat(d.eastAsiaFont(runs.get(1))).isEqualTo("仿宋_GB2312");
        assertThat(d.styleOf(d.paragraphStarting("完成农村学校"))).as("later paragraphs are body").isEqualTo("BodyText");
        assertThat(DocumentBody.runInSentence("抓队伍，提升能力；")).isEqualTo("抓队伍，提升能力。");
        assertThat(DocumentBody.runInSentence("抓队伍！")).isEqualTo("抓队伍！");
    }

    @Test
    void boldItalicUnderlineSpansAreKept() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        assertThat(d.nodes(d.runWith("参训教师两千余人次"), "w:rPr/w:b")).hasSize(1);
        assertThat(d.nodes(d.runWith("骨干教师"), "w:rPr/w:i")).hasSize(1);
        assertThat(d.string(d.runWith("名师工作室"), "w:rPr/w:u/@w:val")).isEqualTo("single");
        assertThat(d.nodes(d.runWith("组织全员培训两轮"), "w:rPr/w:b")).isEmpty();
    }

    @Test
    void attachmentNotesUseTheSpecIndents() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        Element first = d.paragraphStarting("附件：");
        assertThat(d.text(first)).isEqualTo("附件：1.上半年重点项目进度表");
        assertThat(d.string(first, "w:pPr/w:ind/@w:left")).isEqualTo("1920");
        assertThat(d.string(first, "w:pPr/w:ind/@w:hanging")).isEqualTo("1280");
        Element second = d.paragraphStarting("2.教师培训");
        assertThat(d.string(second, "w:pPr/w:ind/@w:left")).isEqualTo("1920");
        assertThat(d.string(second, "w:pPr/w:ind/@w:hanging")).isEqualTo("320");
        List<Element> paras = d.paragraphs();
        assertThat(d.text(paras.get(paras.indexOf(first) - 1))).as("blank line before 附件").isEmpty();

        Report one = SampleReports.small();
        one.attachments().remove(1);
        ExportedDocx single = ExportedDocx.of(one, ExportProfile.standard());
        Element p = single.paragraphStarting("附件：");
        assertThat(single.text(p)).isEqualTo("附件：上半年重点项目进度表");
        assertThat(single.string(p, "w:pPr/w:ind/@w:left")).isEqualTo("1600");
        assertThat(single.string(p, "w:pPr/w:ind/@w:hanging")).isEqualTo("960");
    }

    @Test
    void sealedSignatureIsCentredOverTheDate() {
        Report r = SampleReports.small();
        r.setSignature("云溪县教育局办公室");
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        List<Element> paras = d.paragraphs();
        Element date = paras.get(paras.size() - 1);
        Element sig = paras.get(paras.size() - 2);
        assertThat(d.text(date)).isEqualTo("2025年7月5日");
        assertThat(d.styleOf(date)).isEqualTo("Date");
        assertThat(d.string(date, "w:pPr/w:jc/@w:val")).isEqualTo("right");
        assertThat(d.string(date, "w:pPr/w:ind/@w:right")).isEqualTo("1280");
        assertThat(d.text(sig)).isEqualTo("云溪县教育局办公室");
        assertThat(d.styleOf(sig)).isEqualTo("Signature");
        // date 6 characters wide (digits count ½), unit 9: 1280 + (6 - 9) / 2 × 320
        assertThat(d.string(sig, "w:pPr/w:ind/@w:right")).isEqualTo("800");
        assertThat(d.text(paras.get(paras.size() - 3))).isEmpty();
        assertThat(d.text(paras.get(paras.size() - 4))).as("two blank lines for the seal").isEmpty();
        assertThat(d.text(paras.get(paras.size() - 5))).isNotEmpty();
    }

    @Test
    void unsealedSignatureFollowsClause7352() {
        ExportProfile p = ExportProfile.standard().withSignatureMode(SignatureMode.NO_SEAL);
        Report r = SampleReports.small();
        r.setSignature("云溪县教育局办公室");
        r.attachments().clear();
        ExportedDocx d = ExportedDocx.of(r, p);
        List<Element> paras = d.paragraphs();
        Element date = paras.get(paras.size() - 1);
        Element sig = paras.get(paras.size() - 2);
        // unit 9 characters, right space 2; date 6 characters starting 2 right of the unit: right space 3
        assertThat(d.string(sig, "w:pPr/w:ind/@w:right")).isEqualTo("640");
        assertThat(d.string(date, "w:pPr/w:ind/@w:right")).isEqualTo("960");
        assertThat(d.text(paras.get(paras.size() - 3))).as("one blank line").isEmpty();
        assertThat(d.text(paras.get(paras.size() - 4))).isNotEmpty();

        r.setSignature("云溪县教育局");
        ExportedDocx longer = ExportedDocx.of(r, p);
        List<Element> ps = longer.paragraphs();
        // unit 6 = date 6: the date keeps two characters, the unit moves left by two
        assertThat(longer.string(ps.get(ps.size() - 1), "w:pPr/w:ind/@w:right")).isEqualTo("640");
        assertThat(longer.string(ps.get(ps.size() - 2), "w:pPr/w:ind/@w:right")).isEqualTo("1280");
    }

    @Test
    void keepNextRunsFromTheLastBodyParagraphThroughTheDate() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        List<Element> paras = d.paragraphs();
        int lastBody = paras.indexOf(d.paragraphStarting("城乡之间"));
        for (int i = lastBody; i < paras.size(); i++) {
            assertThat(d.nodes(paras.get(i), "w:pPr/w:keepNext")).as("paragraph " + i + " " + d.text(paras.get(i))).hasSize(1);
        }
        assertThat(d.nodes(d.paragraphStarting("教研员深入课堂"), "w:pPr/w:keepNext")).isEmpty();
        assertThat(d.nodes(d.paragraphStarting("今年以来"), "w:pPr/w:keepNext")).isEmpty();
    }

    @Test
    void footersCarryAPageFieldWithDashesOddRightEvenLeft() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        assertThat(d.nodes("word/settings.xml", "/w:settings/w:evenAndOddHeaders")).hasSize(1);
        String r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Element odd = d.node(DOC, "//w:sectPr/w:footerReference[@w:type='default']");
        Element even = d.node(DOC, "//w:sectPr/w:footerReference[@w:type='even']");
        assertThat(footerTarget(d, odd.getAttributeNS(r, "id"))).isEqualTo("footer1.xml");
        assertThat(footerTarget(d, even.getAttributeNS(r, "id"))).isEqualTo("footer2.xml");

        assertFooter(d, "word/footer1.xml", "right", "right");
        assertFooter(d, "word/footer2.xml", "left", "left");
    }

    /** The target of a footer relationship of document.xml. */
    private static String footerTarget(ExportedDocx d, String id) {
        for (Element rel : d.nodes("word/_rels/document.xml.rels", "/*/*")) {
            if (rel.getAttribute("Id").equals(id)) {
                assertThat(rel.getAttribute("Type")).isEqualTo("http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer");
                return rel.getAttribute("Target");
            }
        }
        throw new AssertionError("no relationship " + id);
    }

    private static void assertFooter(ExportedDocx d, String part, String jc, String indSide) {
        Element p = d.node(part, "//w:p");
        assertThat(d.string(p, "w:pPr/w:jc/@w:val")).isEqualTo(jc);
        assertThat(d.string(p, "w:pPr/w:ind/@w:" + indSide)).isEqualTo("280");
        List<String> sequence = new ArrayList<>();
        for (Element r : d.nodes(p, "w:r")) {
            assertThat(d.eastAsiaFont(r)).isEqualTo("宋体");
            assertThat(d.string(r, "w:rPr/w:rFonts/@w:ascii")).isEqualTo("宋体");
            assertThat(d.size(r)).isEqualTo(28);
            Element c = d.nodes(r, "w:rPr/following-sibling::*").get(0);
            sequence.add(switch (c.getLocalName()) {
                case "fldChar" -> attr(c, "fldCharType");
                case "instrText" -> "instr:" + c.getTextContent();
                default -> "text:" + c.getTextContent();
            });
        }
        assertThat(sequence).containsExactly("text:\u2014 ", "begin", "instr: PAGE ", "separate", "text:1", "end", "text: \u2014");
        assertThat(d.nodes(part, "//w:fldSimple")).isEmpty();
    }

    @Test
    void stylesPartDefinesNamedStylesWithOutlineLevelsAndDefaults() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        String st = "word/styles.xml";
        for (int level = 1; level <= 4; level++) {
            Element s = d.node(st, "//w:style[@w:styleId='Heading" + level + "']");
            assertThat(d.string(s, "w:name/@w:val")).isEqualTo("heading " + level);
            assertThat(d.string(s, "w:pPr/w:outlineLvl/@w:val")).isEqualTo(Integer.toString(level - 1));
        }
        for (String id : List.of("Normal", "Title", "BodyText", "Recipient", "Attachment", "Signature", "Date", "Footer")) {
            assertThat(d.nodes(st, "//w:style[@w:styleId='" + id + "']")).as(id).hasSize(1);
        }
        assertThat(d.string(d.node(st, "//w:style[@w:styleId='Title']"), "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("方正小标宋简体");
        assertThat(d.string(d.node(st, "//w:style[@w:styleId='Heading1']"), "w:rPr/w:rFonts/@w:eastAsia")).isEqualTo("黑体");
        assertThat(d.string(d.node(st, "//w:style[@w:styleId='BodyText']"), "w:pPr/w:ind/@w:firstLineChars")).isEqualTo("200");
        Element defaults = d.node(st, "/w:styles/w:docDefaults/w:rPrDefault/w:rPr");
        assertThat(d.string(defaults, "w:rFonts/@w:eastAsia")).isEqualTo("仿宋_GB2312");
        assertThat(d.string(defaults, "w:sz/@w:val")).isEqualTo("32");
        assertThat(d.string(defaults, "w:lang/@w:eastAsia")).isEqualTo("zh-CN");
        for (Element p : d.paragraphs()) {
            String style = d.styleOf(p);
            assertThat(d.nodes(st, "//w:style[@w:styleId='" + style + "']")).as("style " + style + " defined").hasSize(1);
        }
        assertThat(d.styleOf(d.paragraphStarting("附件："))).isEqualTo("Attachment");
        assertThat(d.styleOf(d.paragraphStarting("教研员"))).isEqualTo("BodyText");
        assertThat(d.styleOf(d.paragraphStarting("云溪县教育局2025"))).isEqualTo("Title");
    }

    @Test
    void charactersOutsideGb2312FallBackToTheFullFace() {
        Report r = SampleReports.small();
        r.sections().get(1).setBody(org.reportdesk.model.RichText.ofPlain("吉\uD842\uDFB7同志和王喆老师获表彰。"));
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        Element p = d.paragraphStarting("吉");
        List<String> runs = new ArrayList<>();
        for (Element run : d.nodes(p, "w:r")) {
            runs.add(d.eastAsiaFont(run) + ":" + d.text(run));
        }
        assertThat(runs).containsExactly("仿宋_GB2312:吉", "仿宋:\uD842\uDFB7", "仿宋_GB2312:同志和王", "仿宋:喆", "仿宋_GB2312:老师获表彰。");

        Report h = SampleReports.small();
        h.sections().get(0).children().get(1).setHeading("抓队伍，表彰堃字辈");
        Element heading = d.runWith("抓队伍");
        assertThat(d.eastAsiaFont(heading)).isEqualTo("楷体_GB2312");
        ExportedDocx dh = ExportedDocx.of(h, ExportProfile.standard());
        assertThat(dh.eastAsiaFont(dh.runWith("堃"))).isEqualTo("楷体");
        assertThat(dh.text(dh.runWith("堃"))).isEqualTo("堃");

        ExportedDocx windows = ExportedDocx.of(r, ExportProfiles.WINDOWS);
        assertThat(windows.nodes(windows.paragraphStarting("吉"), "w:r")).as("仿宋 shows everything: one run").hasSize(1);
    }

    @Test
    void fontTableNamesFallbacksForMissingFaces() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        String fonts = "word/fontTable.xml";
        assertThat(d.string(d.node(fonts, "//w:font[@w:name='仿宋_GB2312']"), "w:altName/@w:val")).isEqualTo("仿宋");
        assertThat(d.string(d.node(fonts, "//w:font[@w:name='楷体_GB2312']"), "w:altName/@w:val")).isEqualTo("楷体");
        assertThat(d.string(d.node(fonts, "//w:font[@w:name='方正小标宋简体']"), "w:altName/@w:val"))
                .as("one face per name: Word reads a comma list as a single missing face").isEqualTo("华文中宋");
        assertThat(d.nodes(fonts, "//w:font[@w:name='仿宋']")).hasSize(1);
        assertThat(d.string(d.node(fonts, "//w:font[@w:name='黑体']"), "w:charset/@w:val")).isEqualTo("86");
        ExportedDocx local = ExportedDocx.of(SampleReports.small(), ExportProfiles.LOCAL);
        assertThat(local.nodes(fonts, "//w:font[@w:name='Times New Roman']")).hasSize(1);
    }

    @Test
    void xmlForbiddenCharactersNeverReachTheFile() {
        Report r = SampleReports.small();
        r.setTitle("标题\u0001含\uFFFE控制\u0008字符");
        r.sections().get(1).setBody(org.reportdesk.model.RichText.ofPlain(
                "甲\u0000乙\uD800丙\uDC00丁\uFFFF戊\u001F己\u0085庚\tA&B<C>\"D\" \u000B第二行\u000C新页"));
        r.attachments().add("附\u0002件");
        r.setSignature("单位\u0003名");
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        for (String part : d.parts.keySet()) {
            d.dom(part);
            assertThat(d.parts.get(part).chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count())
                    .as(part).isZero();
            assertThat(d.parts.get(part)).doesNotContain("\uFFFE", "\uFFFF", "&#0;", "&#1;");
        }
        Element p = d.paragraphStarting("甲");
        assertThat(d.text(p)).isEqualTo("甲乙丙丁戊己庚A&B<C>\"D\" 第二行新页");
        List<String> content = new ArrayList<>();
        for (Element c : d.nodes(d.runWith("庚"), "*[not(self::w:rPr)]")) {
            content.add(c.getLocalName() + (c.getLocalName().equals("t") ? ":" + c.getTextContent() : "")
                    + (attr(c, "type").isEmpty() ? "" : "/" + attr(c, "type")));
        }
        assertThat(content).containsExactly("t:庚", "tab", "t:A&B<C>\"D\" ", "br", "t:第二行", "br/page", "t:新页");
        assertThat(d.text(d.paragraphs().get(0))).isEqualTo("标题含控制字符");
        assertThat(d.text(d.paragraphStarting("附件："))).contains("附件");
        try (XWPFDocument doc = d.poi()) {
            assertThat(doc.getParagraphs()).isNotEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void longTitleBreaksIntoBalancedCentredLines() {
        Report r = SampleReports.threePages();
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        Element title = d.paragraphs().get(0);
        assertThat(d.nodes(title, "w:r/w:br")).hasSize(1);
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (Element r2 : d.nodes(title, "w:r")) {
            if (!d.nodes(r2, "w:br").isEmpty()) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(d.text(r2));
        }
        lines.add(cur.toString());
        assertThat(lines).containsExactly("云溪县教育局关于2025年度", "义务教育优质均衡发展推进情况的工作总结");
        assertThat(d.string(title, "w:pPr/w:snapToGrid/@w:val")).isEqualTo("0");
    }

    @Test
    void aTitleThatWouldFillTheLineExactlyIsBalancedOverTwoLinesAndAShorterOneStaysOnOne() {
        Report r = SampleReports.small();
        r.setUnit("青松区教育局");
        r.setTitle("青松区教育局2026年上半年学生资助工作总结"); // 40 half cells: the whole line at 2号
        ExportedDocx full = ExportedDocx.of(r, ExportProfile.standard());
        assertThat(full.nodes(full.paragraphs().get(0), "w:r/w:br"))
                .as("no single character left alone on a second line where the digits run wide").hasSize(1);
        r.setTitle("青松区教育局2026年上半年资助工作总结");
        ExportedDocx shorter = ExportedDocx.of(r, ExportProfile.standard());
        assertThat(shorter.nodes(shorter.paragraphs().get(0), "w:r/w:br")).isEmpty();
    }

    @Test
    void dateIsWrittenWithArabicNumeralsUnlessTheProfileSaysOtherwise() {
        Report r = SampleReports.small();
        r.setDate("二〇二五年十二月二十日");
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        assertThat(d.text(d.paragraphs().get(d.paragraphs().size() - 1))).isEqualTo("2025年12月20日");
        ExportedDocx asWritten = ExportedDocx.of(r, ExportProfile.standard().withDateStyle(DateStyle.AS_WRITTEN));
        assertThat(asWritten.text(asWritten.paragraphs().get(asWritten.paragraphs().size() - 1))).isEqualTo("二〇二五年十二月二十日");
    }

    @Test
    void withoutSignatureLineOnlyTheDateCloses() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard().withIncludeSignature(false));
        List<Element> paras = d.paragraphs();
        assertThat(d.styleOf(paras.get(paras.size() - 1))).isEqualTo("Date");
        assertThat(paras).noneMatch(p -> "Signature".equals(d.styleOf(p)));
    }

    @Test
    void fieldsAreFilledAndPropertiesCarryTheTitle() {
        ExportedDocx d = ExportedDocx.of(SampleReports.small(), ExportProfile.standard());
        assertThat(d.parts.get(DOC)).doesNotContain("{{");
        assertThat(d.parts.get("docProps/core.xml")).contains("<dc:title>云溪县教育局2025年上半年工作总结</dc:title>");
    }

    @Test
    void emptyReportStillGivesAValidDocument() throws Exception {
        ExportedDocx d = ExportedDocx.of(new Report(), ExportProfile.standard());
        try (XWPFDocument doc = d.poi()) {
            assertThat(doc.getParagraphs()).isEmpty();
        }
        assertThat(d.nodes(DOC, "//w:sectPr")).hasSize(1);
    }

    @Test
    void progressRisesFromZeroToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        new DocxExporter().write(SampleReports.threePages(), ExportProfile.standard(), new java.io.ByteArrayOutputStream(), seen::add);
        assertThat(seen.get(0)).isZero();
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(seen).isSorted().hasSizeGreaterThan(3);
    }

    /** Helper used by the render test: numbers in a "— N —" footer text. */
    static int pageNumber(String text) {
        Matcher m = Pattern.compile("—\\s*(\\d+)\\s*—").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
