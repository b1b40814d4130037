package org.reportdesk.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * styles.xml as CTStyles beans (spec 5 and 9): 16 pt 仿宋 document defaults with {@code w:lang}
 * zh-CN, and named paragraph styles carrying the layout, so a user can adjust a whole level in
 * Word. Every style names its faces explicitly; no theme font is ever written.
 */
final class StyleSheet {

    static final int SIZE_4 = 28;
    static final String PAGE_NUMBER_FACE = "宋体";

    private final ExportProfile profile;
    private final FontScheme fonts;
    private final RunWriter runs;
    private final CTStyles styles = CTStyles.Factory.newInstance();

    StyleSheet(ExportProfile profile) {
        this.profile = profile;
        this.fonts = profile.fontScheme();
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
    }

    void install(XWPFDocument doc) {
        defaults();
        CTStyle normal = style(StyleIds.NORMAL, "Normal", null, fonts.fangSong(), 32, false);
        normal.setDefault(Boolean.TRUE);
        CTStyle dpf = styles.addNewStyle();
        dpf.setType(STStyleType.CHARACTER);
        dpf.setDefault(Boolean.TRUE);
        dpf.setStyleId("DefaultParagraphFont");
        dpf.addNewName().setVal("Default Paragraph Font");
        dpf.addNewUiPriority().setVal(BigInteger.ONE);
        dpf.addNewSemiHidden();
        dpf.addNewUnhideWhenUsed();

        CTStyle title = style(StyleIds.TITLE, "Title", StyleIds.NORMAL, fonts.title(), 44, false);
        title.getPPr().addNewSnapToGrid().setVal("0");
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        for (int level = 1; level <= 4; level++) {
            CTStyle h = style(StyleIds.heading(level), "heading " + level, StyleIds.BODY, fonts.heading(level), 32,
                    profile.headingBold(level));
            indent(h.getPPr().addNewInd());
            h.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        indent(style(StyleIds.BODY, "Body Text", StyleIds.BODY, fonts.fangSong(), 32, false).getPPr().addNewInd());
        style(StyleIds.RECIPIENT, "主送机关", StyleIds.BODY, fonts.fangSong(), 32, false);
        CTInd attachment = style(StyleIds.ATTACHMENT, "附件说明", null, fonts.fangSong(), 32, false).getPPr().addNewInd();
        attachment.setLeft(BigInteger.valueOf(1600));
        attachment.setHanging(BigInteger.valueOf(960));
        style(StyleIds.SIGNATURE, "署名", null, fonts.fangSong(), 32, false).getPPr().addNewJc().setVal(STJc.RIGHT);
        CTPPrGeneral date = style(StyleIds.DATE, "Date", null, fonts.fangSong(), 32, false).getPPr();
        date.addNewInd().setRight(BigInteger.valueOf(1280));
        date.addNewJc().setVal(STJc.RIGHT);
        CTPPrGeneral footer = style(StyleIds.FOOTER, "footer", null, PAGE_NUMBER_FACE, SIZE_4, false).getPPr();
        // Word snaps footer paragraphs to the document grid and moves the page number (spec 9)
        footer.addNewSnapToGrid().setVal("0");
        CTSpacing single = footer.getSpacing();
        single.setLine(BigInteger.valueOf(240));
        single.setLineRule(STLineSpacingRule.AUTO);
        doc.createStyles().setStyles(styles);
    }

    private void defaults() {
        CTDocDefaults d = styles.addNewDocDefaults();
        CTRPr rPr = d.addNewRPrDefault().addNewRPr();
        RunWriter.fonts(rPr.addNewRFonts(), fonts.fangSong(), FontScheme.singleFace(profile.latinFont()));
        rPr.addNewSz().setVal(BigInteger.valueOf(32));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(32));
        CTLanguage lang = rPr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        CTPPrGeneral pPr = d.addNewPPrDefault().addNewPPr();
        pPr.addNewWidowControl().setVal("0");
        pPr.addNewAutoSpaceDE().setVal("0");
        pPr.addNewAutoSpaceDN().setVal("0");
        Para.exactLines(pPr.addNewSpacing(), profile.lineTwips());
        pPr.addNewJc().setVal(STJc.BOTH);
    }

    /**
     * A paragraph style based on Normal with the exact line pitch; {@code next} is the style Enter
     * continues with in Word (null: the same style).
     */
    private CTStyle style(String id, String name, String next, String face, int size, boolean bold) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        if (name.codePointAt(0) >= 0x80) {
            s.setCustomStyle(Boolean.TRUE);
        }
        s.addNewName().setVal(name);
        if (!id.equals(StyleIds.NORMAL)) {
            s.addNewBasedOn().setVal(StyleIds.NORMAL);
        }
        if (next != null) {
            s.addNewNext().setVal(next);
        }
        s.addNewQFormat();
        Para.exactLines(s.addNewPPr().addNewSpacing(), profile.lineTwips());
        runs.rPr(s.addNewRPr(), face, new RunWriter.Format(face, size, bold, false, false));
        return s;
    }

    private static void indent(CTInd ind) {
        ind.setFirstLineChars(BigInteger.valueOf(StyleIds.INDENT_CHARS));
        ind.setFirstLine(BigInteger.valueOf(StyleIds.INDENT_TWIPS));
    }
}
