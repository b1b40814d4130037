package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.w3c.dom.Element;

/** No input string may produce a package Word refuses: random code points everywhere, deep outlines. */
class HostileInputTest {

    @Test
    void randomCodePointsInEveryFieldGiveValidParts() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            Report r = new Report();
            r.setTitle(junk(random, 60));
            r.setUnit(junk(random, 8));
            r.setRecipient(junk(random, 10));
            r.setOpening(RichText.of(List.of(new Paragraph(List.of(new Span(junk(random, 50), true, true, true))))));
            Section s = new Section("id" + round, junk(random, 20), random.nextBoolean(), RichText.ofPlain(junk(random, 200)));
            r.root().add(s);
            r.attachments().add(junk(random, 15));
            r.setSignature(junk(random, 12));
            r.setDate(junk(random, 10));
            ExportProfile p = round % 2 == 0 ? ExportProfile.standard() : ExportProfiles.LOCAL.withSignatureMode(SignatureMode.NO_SEAL);
            ExportedDocx d = ExportedDocx.of(r, p);
            for (String part : d.parts.keySet()) {
                d.dom(part);
            }
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            boolean valid = DocumentDocument.Factory.parse(d.parts.get("word/document.xml")).validate(new XmlOptions().setErrorListener(errors));
            assertThat(errors).as("round " + round).isEmpty();
            assertThat(valid).isTrue();
        }
    }

    @Test
    void sectionsDeeperThanFourLevelsAreSetAsLevelFourWithoutALabel() {
        Report r = new Report();
        Section parent = r.root();
        for (int depth = 1; depth <= 6; depth++) {
            Section s = new Section("层级" + depth, RichText.ofPlain("第" + depth + "层正文。"));
            parent.add(s);
            parent = s;
        }
        ExportedDocx d = ExportedDocx.of(r, ExportProfile.standard());
        Element fifth = d.paragraphStarting("层级5");
        assertThat(d.styleOf(fifth)).isEqualTo("Heading4");
        assertThat(d.text(d.paragraphStarting("（1）层级4"))).isEqualTo("（1）层级4");
        assertThat(d.text(d.paragraphStarting("第6层正文"))).isEqualTo("第6层正文。");
    }

    private static final String SYMBOLS = "&<>\"'{{单位名称}}【数字】\u3000 \t\n\r";

    /** A string of random code points from everywhere: controls, surrogate halves, noncharacters, CJK, astral. */
    private static String junk(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) random.nextInt(0x20));
                case 1 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> sb.append(random.nextBoolean() ? '\uFFFE' : '\uFFFF');
                case 3 -> sb.appendCodePoint(0x4E00 + random.nextInt(0x5000));
                case 4 -> sb.appendCodePoint(0x10000 + random.nextInt(0x20000));
                default -> sb.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
            }
        }
        return sb.toString();
    }
}
