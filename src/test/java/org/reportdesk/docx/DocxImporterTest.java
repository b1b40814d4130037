package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportChange;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

class DocxImporterTest {

    @TempDir
    Path dir;

    private final Importer importer = new Importer();

    static Report sample() {
        Report r = new Report();
        r.setTitle("青山县教育局2025年上半年工作总结");
        r.setOpening(RichText.ofPlain("今年以来，我局坚持稳中求进，各项工作有序推进。现将有关情况报告如下："));
        Section one = new Section("上半年主要工作");
        Section a = new Section("强化党建引领，提升治校水平。", RichText.of(List.of(new Paragraph(List.of(
                Span.plain("坚持党对教育的全面领导，"), new Span("召开专题会议4次", true, false, false),
                Span.plain("，"), new Span("组织集中学习", false, true, true), Span.plain("12场。"))))));
        a.setRunIn(true);
        Section b = new Section("推进优质均衡");
        b.setBody(RichText.ofPlain("完成3所学校改造。\n新增学位860个。"));
        Section b1 = new Section("城区学校扩容。", RichText.ofPlain("新建城东小学。"));
        b1.setRunIn(true);
        b.add(b1);
        one.add(a);
        one.add(b);
        Section two = new Section("存在的问题", RichText.ofPlain("师资结构性短缺仍然突出。"));
        r.root().add(one);
        r.root().add(two);
        r.setSignature("青山县教育局");
        r.setDate("2025年7月5日");
        return r;
    }

    @Test
    void exportedStylesGiveBackTheSameOutlineWithoutLabels() throws IOException {
        Path f = dir.resolve("report.docx");
        Report original = sample();
        TestDocx.write(original, f);
        ImportResult result = importer.importFile(f, ImportOptions.defaults());
        Report r = result.first();
        assertThat(r.title()).isEqualTo(original.title());
        assertThat(r.opening().plainText()).isEqualTo(original.opening().plainText());
        assertThat(outline(r.sections())).isEqualTo(outline(original.sections()));
        assertThat(r.signature()).isEqualTo("青山县教育局");
        assertThat(r.date()).isEqualTo("2025年7月5日");
        assertThat(result.changes()).isEmpty();
    }

    @Test
    void boldItalicAndUnderlineSurviveInTheBody() throws IOException {
        Path f = dir.resolve("styled.docx");
        TestDocx.write(sample(), f);
        Section a = importer.importFile(f, ImportOptions.defaults()).first().sections().get(0).children().get(0);
        List<Span> spans = a.body().paragraphs().get(0).spans();
        assertThat(spans).contains(new Span("召开专题会议4次", true, false, false), new Span("组织集中学习", false, true, true));
    }

    @Test
    void cleaningAParagraphKeepsItsStylesWhenTheLengthStays() throws IOException {
        Path f = dir.resolve("commas.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            TestDocx.para(doc, null, Paragraph.of("某县教育局工作总结"));
            TestDocx.para(doc, null, new Paragraph(List.of(Span.plain("全县,"), new Span("新增学位860个", true, false, false),
                    Span.plain(";完成改造3所。"))));
            save(doc, f);
        }
        ImportResult r = importer.importFile(f, ImportOptions.defaults());
        assertThat(r.first().opening().paragraphs().get(0).spans()).containsExactly(Span.plain("全县，"),
                new Span("新增学位860个", true, false, false), Span.plain("；完成改造3所。"));
    }

    @Test
    void withoutStylesHeadingsComeFromTheirLabels() throws IOException {
        Path f = dir.resolve("plain.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String t : List.of("某镇中心学校工作计划", "一、工作目标", "提高教学质量。", "（一）抓常规。每周检查教案。", "二、保障措施")) {
                TestDocx.para(doc, null, Paragraph.of(t));
            }
            save(doc, f);
        }
        Report r = importer.importFile(f, ImportOptions.defaults()).first();
        assertThat(r.title()).isEqualTo("某镇中心学校工作计划");
        assertThat(r.sections()).extracting(Section::heading).containsExactly("工作目标", "保障措施");
        assertThat(r.sections().get(0).children().get(0).heading()).isEqualTo("抓常规。");
    }

    @Test
    void labelsDecideLevelsWhenHeadingStylesDisagree() throws IOException {
        Path f = dir.resolve("pasted.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            TestDocx.addStyles(doc);
            TestDocx.para(doc, "Title", Paragraph.of("某区教育局工作总结和工作思路"));
            TestDocx.para(doc, "Heading4", Paragraph.of("一、上半年工作"));
            TestDocx.para(doc, null, Paragraph.of("（一）深化改革。推进县管校聘。"));
            TestDocx.para(doc, "Heading2", Paragraph.of("二、存在问题"));
            TestDocx.para(doc, "Heading2", Paragraph.of("下半年工作思路"));
            TestDocx.para(doc, "Heading3", Paragraph.of("一、提升质量"));
            TestDocx.para(doc, "Heading3", Paragraph.of("二、保障安全"));
            save(doc, f);
        }
        Report r = importer.importFile(f, ImportOptions.defaults()).first();
        assertThat(r.title()).isEqualTo("某区教育局工作总结和工作思路");
        assertThat(outline(r.sections())).containsExactly(
                "一||false|", "一/（一）|上半年工作|false|", "一/（一）/1|深化改革。|true|推进县管校聘。",
                "一/（二）|存在问题|false|",
                "二|下半年工作思路|false|", "二/（一）|提升质量|false|", "二/（二）|保障安全|false|");
    }

    @Test
    void outlineLevelOnTheParagraphMakesAHeadingWithoutLabel() throws IOException {
        Path f = dir.resolve("outline.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            TestDocx.para(doc, null, Paragraph.of("述职报告"));
            XWPFParagraph h = TestDocx.para(doc, null, Paragraph.of("学习提升"));
            h.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
            TestDocx.para(doc, null, Paragraph.of("认真学习政策文件。"));
            save(doc, f);
        }
        Report r = importer.importFile(f, ImportOptions.defaults()).first();
        assertThat(r.sections()).extracting(Section::heading).containsExactly("学习提升");
        assertThat(r.sections().get(0).body().plainText()).isEqualTo("认真学习政策文件。");
    }

    @Test
    void aTableBecomesATableAndAPictureAPictureInTheirPlace() throws Exception {
        Path f = dir.resolve("table.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            TestDocx.para(doc, null, Paragraph.of("某县教育局工作总结"));
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("学校数");
            t.getRow(0).getCell(1).setText("46所");
            t.getRow(1).getCell(0).setText("教师数");
            t.getRow(1).getCell(1).setText("3200人");
            XWPFParagraph p = doc.createParagraph();
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
            p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.common.usermodel.PictureType.PNG, "a.png", 10000, 10000);
            TestDocx.para(doc, null, Paragraph.of("一、主要工作"));
            TestDocx.para(doc, null, Paragraph.of("全县,共有学校46所。"));
            save(doc, f);
        }
        ImportResult r = importer.importFile(f, ImportOptions.defaults());
        // changes name the paragraph (a table counts as one, a picture as one more), so an undo finds the same paragraph again
        assertThat(r.changes()).filteredOn(c -> c.kind() == ImportChange.Kind.PUNCTUATION)
                .extracting(ImportChange::id).containsExactly("L6:PUNCTUATION");
        assertThat(r.changes()).filteredOn(c -> c.kind() == ImportChange.Kind.NOT_IMPORTED).isEmpty();
        List<Paragraph> opening = r.first().opening().paragraphs();
        assertThat(opening).hasSize(2).allMatch(Paragraph::isObject);
        org.reportdesk.model.Table table = (org.reportdesk.model.Table) opening.get(0).embedded();
        assertThat(table.cell(0, 0).plainText()).isEqualTo("学校数");
        assertThat(table.cell(1, 1).plainText()).isEqualTo("3200人");
        assertThat(opening.get(1).embedded()).isInstanceOfSatisfying(org.reportdesk.model.Picture.class,
                pic -> assertThat(pic.widthPx()).isEqualTo(1));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.first().sections()).extracting(Section::heading).containsExactly("主要工作");
    }

    @Test
    void encryptedFileIsRefused() throws Exception {
        Path plain = dir.resolve("p.docx");
        TestDocx.write(sample(), plain);
        Path f = dir.resolve("secret.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mima");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(f, "import.encrypted");
    }

    @Test
    void oldBinaryDocIsRefused() throws Exception {
        Path f = dir.resolve("old.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(f, "import.oldDoc");
        Path renamed = dir.resolve("renamed.docx");
        Files.copy(f, renamed);
        assertRefused(renamed, "import.oldDoc");
    }

    @Test
    void corruptFilesAreRefused() throws Exception {
        Path garbage = dir.resolve("garbage.docx");
        Files.write(garbage, "这不是一个Word文件".getBytes(StandardCharsets.UTF_8));
        assertRefused(garbage, "import.corrupt");
        Path good = dir.resolve("good.docx");
        TestDocx.write(sample(), good);
        byte[] b = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.docx");
        Files.write(truncated, java.util.Arrays.copyOf(b, b.length / 2));
        assertRefused(truncated, "import.corrupt");
        Path empty = dir.resolve("empty.docx");
        Files.write(empty, new byte[0]);
        assertRefused(empty, "import.corrupt");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path f = dir.resolve("bomb.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(f)).isLessThan(1_000_000);
        assertRefused(f, "import.zipBomb");
    }

    /** Found by the import fuzz: a download cut after document.xml was imported from what was left. */
    @Test
    void aDocxCutBeforeItsCentralDirectoryIsRefusedAsDamaged() throws Exception {
        org.reportdesk.model.Report r = new org.reportdesk.model.Report();
        r.setTitle("工作总结");
        r.root().add(new org.reportdesk.model.Section("主要工作", org.reportdesk.model.RichText.ofPlain("完成了任务。")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new DocxExporter().write(r, ExportProfile.standard(), out);
        byte[] whole = out.toByteArray();
        int directory = 0;
        while (!(whole[directory] == 'P' && whole[directory + 1] == 'K' && whole[directory + 2] == 1 && whole[directory + 3] == 2)) {
            directory++;
        }
        Path f = dir.resolve("cut.docx");
        Files.write(f, java.util.Arrays.copyOf(whole, directory));
        assertRefused(f, "import.corrupt");
    }

    /** A part over POI's 100 MB record limit (but within the inflate ratio) gets the zip bomb sentence, not POI's exception. */
    @Test
    void aPartOverPoisRecordLimitIsRefusedWithASentence() throws Exception {
        Path f = dir.resolve("huge-part.docx");
        byte[] block = new byte[16 * 1024];
        new java.util.Random(3).nextBytes(block);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.setLevel(1);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            for (int i = 0; i < 101 * 64; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(f)).isLessThan(DocxImporter.MAX_FILE_BYTES);
        assertRefused(f, "import.zipBomb");
    }

    /** Found by the export fuzz (case 7007 of 20 000): 5 000 empty sections compress below POI's 1 % bomb ratio. */
    @Test
    void ourOwnExportOfThousandsOfEmptySectionsIsNotTakenForAZipBomb() throws Exception {
        org.reportdesk.model.Report r = new org.reportdesk.model.Report();
        r.setTitle("工作总结");
        for (int i = 0; i < 5_000; i++) {
            r.root().add(new org.reportdesk.model.Section(""));
        }
        Path f = dir.resolve("empty-sections.docx");
        new DocxExporter().export(r, ExportProfile.standard(), f);
        DocxImporter.Read read = DocxImporter.read(f);
        assertThat(read.lines().size()).isGreaterThan(5_000);
    }

    @Test
    void binaryTxtAndHugeFilesAreRefused() throws Exception {
        Path bin = dir.resolve("photo.txt");
        byte[] b = new byte[2048];
        new java.util.Random(7).nextBytes(b);
        Files.write(bin, b);
        assertRefused(bin, "import.binary");
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertRefused(huge, "import.tooLarge");
        Path hugeDocx = dir.resolve("huge.docx");
        try (RandomAccessFile raf = new RandomAccessFile(hugeDocx.toFile(), "rw")) {
            raf.setLength(DocxImporter.MAX_FILE_BYTES + 1);
        }
        assertRefused(hugeDocx, "import.tooLarge");
        assertThatThrownBy(() -> importer.importText("字".repeat(Importer.MAX_TEXT_CHARS + 1), ImportOptions.defaults()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.tooMuchText"));
    }

    private void assertRefused(Path f, String key) {
        assertThatThrownBy(() -> importer.importFile(f, ImportOptions.defaults()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).doesNotContain("!").contains(f.getFileName().toString());
                });
    }

    private static void save(XWPFDocument doc, Path f) throws IOException {
        try (OutputStream os = Files.newOutputStream(f)) {
            doc.write(os);
        }
    }

    static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.path() + "|" + s.heading() + "|" + s.runIn() + "|" + s.body().plainText());
            out.addAll(outline(s.children()));
        }
        return out;
    }
}
