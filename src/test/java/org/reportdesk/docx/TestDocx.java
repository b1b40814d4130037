package org.reportdesk.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

/**
 * Writes .docx files for tests and benchmarks the way the project's exporter does: named styles
 * (title, heading 1–4 with outline levels 0–3, body), labels written into the heading text, a
 * run-in heading sharing its paragraph with the body.
 */
public final class TestDocx {

    private TestDocx() {
    }

    public static void write(Report r, Path out) throws IOException {
        write(r, out, 0);
    }

    /**
     * As {@link #write(Report, Path)}, with each span cut into runs of 1 to {@code fragment}
     * characters (0: one run per span), each carrying a revision id and a language, and a
     * proofing mark between runs: the run fragmentation of a document edited in Word for years.
     */
    public static void write(Report r, Path out, int fragment) throws IOException {
        TestDocx.fragment = fragment;
        try (XWPFDocument doc = new XWPFDocument()) {
            addStyles(doc);
            para(doc, "Title", new Paragraph(java.util.List.of(Span.plain(r.title()))));
            r.opening().paragraphs().forEach(p -> para(doc, "BodyText", p));
            for (Section s : r.sections()) {
                section(doc, s);
            }
            if (!r.attachments().isEmpty()) {
                para(doc, "BodyText", Paragraph.of("附件：" + String.join("、", r.attachments())));
            }
            if (!r.signature().isEmpty()) {
                para(doc, "BodyText", Paragraph.of(r.signature()));
            }
            if (!r.date().isEmpty()) {
                para(doc, "BodyText", Paragraph.of(r.date()));
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
        }
    }

    /** Paragraph styles Title, Heading1–4 (outline levels 0–3) and BodyText. */
    public static void addStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        style(styles, "Title", "Title", -1);
        for (int level = 1; level <= 4; level++) {
            style(styles, "Heading" + level, "heading " + level, level - 1);
        }
        style(styles, "BodyText", "Body Text", -1);
    }

    private static void section(XWPFDocument doc, Section s) {
        var body = s.body().paragraphs();
        int first = 0;
        if (s.runIn() && !body.isEmpty()) {
            var spans = new java.util.ArrayList<Span>();
            spans.add(Span.plain(s.numberedHeading()));
            spans.addAll(body.get(0).spans());
            para(doc, "Heading" + s.depth(), new Paragraph(spans));
            first = 1;
        } else {
            para(doc, "Heading" + s.depth(), Paragraph.of(s.numberedHeading()));
        }
        for (int i = first; i < body.size(); i++) {
            para(doc, "BodyText", body.get(i));
        }
        s.children().forEach(c -> section(doc, c));
    }

    private static int fragment;
    private static final java.util.Random FRAGMENTS = new java.util.Random(97);

    public static XWPFParagraph para(XWPFDocument doc, String style, Paragraph p) {
        XWPFParagraph para = doc.createParagraph();
        if (style != null) {
            para.setStyle(style);
        }
        for (Span s : p.spans()) {
            String t = s.text();
            for (int at = 0; at < t.length(); ) {
                int end = fragment <= 0 ? t.length() : Math.min(t.length(), at + 1 + FRAGMENTS.nextInt(fragment));
                XWPFRun run = para.createRun();
                run.setText(t.substring(at, end));
                run.setBold(s.bold());
                run.setItalic(s.italic());
                if (s.underline()) {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
                if (fragment > 0) {
                    run.getCTR().setRsidR(new byte[] {0, (byte) FRAGMENTS.nextInt(), (byte) FRAGMENTS.nextInt(), 1});
                    run.getCTR().addNewRPr().addNewLang().setEastAsia("zh-CN");
                    para.getCTP().addNewProofErr().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STProofErr.SPELL_START);
                }
                at = end;
            }
        }
        return para;
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(ct, styles));
    }
}
