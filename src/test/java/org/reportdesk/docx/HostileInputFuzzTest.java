package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.Importer;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/**
 * Seeded, time-bounded fuzzing of both ends: thousands of generated reports full of hostile Unicode
 * exported and re-opened in POI with every part well-formed XML; the importer fed truncated,
 * garbage, encrypted and zip-bomb files, each either imported whole or refused with one sentence.
 */
class HostileInputFuzzTest {

    private static final long EXPORT_BUDGET_MS = 25_000;
    private static final long IMPORT_BUDGET_MS = 15_000;
    private static final Set<String> REFUSALS = Set.of("import.corrupt", "import.zipBomb", "import.encrypted",
            "import.oldDoc", "import.binary", "import.empty", "import.tooLarge", "import.tooMuchText");

    @TempDir
    Path dir;

    @Test
    void generatedReportsAlwaysExportToPackagesThatReopen() throws Exception {
        Random rnd = new Random(9704);
        DocxExporter exporter = new DocxExporter();
        SAXParserFactory sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        long deadline = System.currentTimeMillis() + EXPORT_BUDGET_MS;
        int cases = 0;
        List<String> failures = new ArrayList<>();
        while (cases < 3000 && System.currentTimeMillis() < deadline) {
            Report r = hostileReport(rnd, cases);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                exporter.write(r, cases % 2 == 0 ? ExportProfile.standard() : ExportProfiles.LOCAL, out);
                byte[] bytes = out.toByteArray();
                if (cases % 10 == 0) {
                    OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
                    assertThat(pkg.getParts()).hasSizeGreaterThan(5);
                    pkg.revert();
                }
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        byte[] xml = zip.readAllBytes();
                        sax.newSAXParser().parse(new ByteArrayInputStream(xml), new org.xml.sax.helpers.DefaultHandler());
                    }
                }
                if (cases % 50 == 0) {
                    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                        assertThat(doc.getParagraphs()).isNotEmpty();
                    }
                }
            } catch (Exception | AssertionError e) {
                failures.add("case " + cases + ": " + e);
            }
            cases++;
        }
        System.out.printf("export fuzz: cases run: %d, failures: %d%n", cases, failures.size());
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(100);
    }

    @Test
    void brokenFilesAreImportedWholeOrRefusedWithASentence() throws Exception {
        Random rnd = new Random(2012);
        Importer importer = new Importer();
        byte[] good = validDocx();
        byte[] encrypted = encrypted(good);
        long deadline = System.currentTimeMillis() + IMPORT_BUDGET_MS;
        int cases = 0;
        List<String> failures = new ArrayList<>();
        while (cases < 2000 && System.currentTimeMillis() < deadline) {
            int kind = cases % 6;
            String name = "case" + cases + (kind == 5 ? ".txt" : ".docx");
            byte[] bytes = switch (kind) {
                case 0 -> Arrays.copyOf(good, rnd.nextInt(good.length));
                case 1 -> garbage(rnd, good);
                case 2 -> encrypted;
                case 3 -> zipBomb(rnd);
                case 4 -> flipped(rnd, good);
                default -> randomBytes(rnd, 1 + rnd.nextInt(4096));
            };
            Path f = dir.resolve(name);
            Files.write(f, bytes);
            try {
                ImportResult result = importer.importFile(f, ImportOptions.defaults());
                assertThat(result.reports()).as(name).isNotEmpty();
            } catch (UserFacingException e) {
                if (!REFUSALS.contains(e.key()) || !e.getMessage().contains(name)) {
                    failures.add(name + ": " + e.key() + " " + e.getMessage());
                }
            } catch (Exception | AssertionError | StackOverflowError e) {
                failures.add(name + ": " + e);
            }
            Files.delete(f);
            cases++;
        }
        System.out.printf("import fuzz: cases run: %d, failures: %d%n", cases, failures.size());
        assertThat(failures).isEmpty();
        assertThat(cases).isGreaterThan(60);
    }

    /** Reports with hostile text everywhere; some with a 10 000-character title or 5 000 sections. */
    static Report hostileReport(Random rnd, int n) {
        Report r = new Report();
        r.setTitle(n % 97 == 3 ? hostile(rnd, 10_000) : hostile(rnd, rnd.nextInt(40)));
        r.setUnit(hostile(rnd, 6));
        r.setRecipient(hostile(rnd, 8));
        r.setOpening(RichText.of(List.of(new Paragraph(List.of(new Span(hostile(rnd, 30), rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextBoolean()))))));
        int sections = n % 500 == 7 ? 5_000 : rnd.nextInt(12);
        Section parent = r.root();
        for (int i = 0; i < sections; i++) {
            Section s = new Section(rnd.nextInt(3) == 0 ? "" : hostile(rnd, 15), RichText.ofPlain(hostile(rnd, rnd.nextInt(80))));
            s.setRunIn(rnd.nextInt(5) == 0);
            if (sections < 100 && parent.depth() < 6 && rnd.nextBoolean() && !parent.children().isEmpty()) {
                parent = parent.children().get(parent.children().size() - 1);
            } else if (rnd.nextInt(4) == 0 && !parent.isRoot()) {
                parent = parent.parent();
            }
            parent.add(s);
        }
        r.attachments().add(hostile(rnd, 10));
        r.setSignature(hostile(rnd, 10));
        r.setDate(hostile(rnd, 8));
        return r;
    }

    private static final String[] PIECES = {"\u200F", "\u202E", "\u202A", "\u0301", "\u0308", "\uFFFE", "\uFFFF",
        "\uFEFF", "\u0000", "\u0007", "\u001F", "\t", "\n", "\r\n", "\u3000", "😀", "👨‍👩‍👧", "𠀀", "&", "<", ">", "\"", "]]>",
        "{{单位名称}}", "【数字】", "一、", "（一）", "\uD800", "\uDFFF", "\u0085", "\u2028", "ﷺ", "ع", "א"};

    static String hostile(Random rnd, int length) {
        StringBuilder sb = new StringBuilder(length + 8);
        while (sb.length() < length) {
            switch (rnd.nextInt(4)) {
                case 0 -> sb.append(PIECES[rnd.nextInt(PIECES.length)]);
                case 1 -> sb.appendCodePoint(0x4E00 + rnd.nextInt(0x5000));
                case 2 -> sb.append((char) rnd.nextInt(0x10000));
                default -> sb.appendCodePoint(0x10000 + rnd.nextInt(0x10FFFF - 0x10000));
            }
        }
        return sb.toString();
    }

    private static byte[] validDocx() throws Exception {
        Report r = new Report();
        r.setTitle("某县教育局2026年工作总结");
        for (int i = 0; i < 30; i++) {
            r.root().add(new Section("第" + i + "项工作", RichText.ofPlain("完成了第" + i + "项任务。".repeat(20))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxExporter().write(r, ExportProfile.standard(), out);
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] plain) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("mima");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] garbage(Random rnd, byte[] good) {
        byte[] b = randomBytes(rnd, 64 + rnd.nextInt(8192));
        b[0] = 'P';
        b[1] = 'K';
        if (rnd.nextBoolean()) {
            System.arraycopy(good, 0, b, 0, Math.min(b.length, rnd.nextInt(200)));
        }
        return b;
    }

    private static byte[] flipped(Random rnd, byte[] good) {
        byte[] b = good.clone();
        for (int i = 1 + rnd.nextInt(20); i > 0; i--) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
        }
        return b;
    }

    private static byte[] zipBomb(Random rnd) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(rnd.nextBoolean() ? "word/document.xml" : "word/styles.xml"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) (rnd.nextBoolean() ? ' ' : '0'));
            for (int i = 20 + rnd.nextInt(30); i > 0; i--) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }
}
