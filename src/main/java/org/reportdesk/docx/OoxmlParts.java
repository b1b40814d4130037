package org.reportdesk.docx;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The fixed parts of the package besides document.xml: styles, settings, footers, font table,
 * content types, relationships and properties. Written as text: every element is ours, none comes
 * from a template, so no theme font can slip in.
 */
final class OoxmlParts {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String FOOTER_ODD = "word/footer1.xml";
    static final String FOOTER_EVEN = "word/footer2.xml";
    private static final int SIZE_4 = 28;
    private static final String PAGE_NUMBER_FACE = "宋体";

    private final ExportProfile profile;
    private final FontScheme fonts;
    private final RunWriter runs;

    OoxmlParts(ExportProfile profile) {
        this.profile = profile;
        this.fonts = profile.fontScheme();
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
    }

    String styles() {
        StringBuilder s = new StringBuilder(8192).append(DECL);
        s.append("<w:styles xmlns:w=\"").append(W).append("\">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>");
        RunWriter.fonts(s, fonts.fangSong(), profile.latinFont());
        s.append("<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>");
        s.append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val=\"0\"/>"
                + "<w:autoSpaceDE w:val=\"0\"/><w:autoSpaceDN w:val=\"0\"/>");
        spacing(s);
        s.append("<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        s.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/><w:pPr>");
        spacing(s);
        s.append("</w:pPr>");
        styleRun(s, fonts.fangSong(), 32, false);
        s.append("</w:style>");
        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");

        paragraphStyle(s, StyleIds.TITLE, "Title", "<w:jc w:val=\"center\"/>", fonts.title(), 44, false);
        for (int level = 1; level <= 4; level++) {
            paragraphStyle(s, StyleIds.heading(level), "heading " + level,
                    "<w:ind " + StyleIds.BODY_INDENT + "/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    fonts.heading(level), 32, profile.headingBold(level));
        }
        paragraphStyle(s, StyleIds.BODY, "Body Text", "<w:ind " + StyleIds.BODY_INDENT + "/>", fonts.fangSong(), 32, false);
        paragraphStyle(s, StyleIds.RECIPIENT, "主送机关", "", fonts.fangSong(), 32, false);
        paragraphStyle(s, StyleIds.ATTACHMENT, "附件说明", "<w:ind w:left=\"1600\" w:hanging=\"960\"/>", fonts.fangSong(), 32, false);
        paragraphStyle(s, StyleIds.SIGNATURE, "署名", "<w:jc w:val=\"right\"/>", fonts.fangSong(), 32, false);
        paragraphStyle(s, StyleIds.DATE, "Date", "<w:ind w:right=\"1280\"/><w:jc w:val=\"right\"/>", fonts.fangSong(), 32, false);
        paragraphStyle(s, StyleIds.FOOTER, "footer", "", PAGE_NUMBER_FACE, SIZE_4, false);
        return s.append("</w:styles>").toString();
    }

    private void spacing(StringBuilder s) {
        s.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"").append(profile.lineTwips()).append("\" w:lineRule=\"exact\"/>");
    }

    private void paragraphStyle(StringBuilder s, String id, String name, String pPrTail, String face, int size, boolean bold) {
        boolean custom = name.codePointAt(0) >= 0x80;
        s.append("<w:style w:type=\"paragraph\"").append(custom ? " w:customStyle=\"1\"" : "")
                .append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"");
        XmlText.appendEscaped(s, name);
        s.append("\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>");
        if (id.equals(StyleIds.TITLE)) {
            s.append("<w:snapToGrid w:val=\"0\"/>");
        }
        if (id.equals(StyleIds.FOOTER)) {
            s.append("<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>");
        } else {
            spacing(s);
        }
        s.append(pPrTail).append("</w:pPr>");
        styleRun(s, face, size, bold);
        s.append("</w:style>");
    }

    private void styleRun(StringBuilder s, String face, int size, boolean bold) {
        runs.rPr(s, face, new RunWriter.Format(face, size, bold, false, false));
    }

    String settings() {
        return DECL + "<w:settings xmlns:w=\"" + W + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"640\"/>"
                + "<w:evenAndOddHeaders/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "</w:settings>";
    }

    /**
     * A footer with the page number {@code — N —} as a real PAGE field: odd pages right with one
     * character of right space, even pages left with one character of left space.
     */
    String footer(boolean odd) {
        StringBuilder s = new StringBuilder(2048).append(DECL);
        s.append("<w:ftr xmlns:w=\"").append(W).append("\" xmlns:r=\"").append(R).append("\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>");
        s.append(odd ? "<w:ind w:right=\"280\"/><w:jc w:val=\"right\"/>" : "<w:ind w:left=\"280\"/><w:jc w:val=\"left\"/>");
        s.append("</w:pPr>");
        RunWriter pageRuns = new RunWriter(PAGE_NUMBER_FACE, 0);
        RunWriter.Format f = new RunWriter.Format(PAGE_NUMBER_FACE, SIZE_4, false, false, false);
        pageRuns.append(s, "— ", f);
        pageRuns.rawRun(s, "<w:fldChar w:fldCharType=\"begin\"/>", f);
        pageRuns.rawRun(s, "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>", f);
        pageRuns.rawRun(s, "<w:fldChar w:fldCharType=\"separate\"/>", f);
        pageRuns.append(s, "1", f);
        pageRuns.rawRun(s, "<w:fldChar w:fldCharType=\"end\"/>", f);
        pageRuns.append(s, " —", f);
        return s.append("</w:p></w:ftr>").toString();
    }

    /** The section properties closing document.xml. */
    String sectPr() {
        PageGeometry g = new PageGeometry(profile);
        return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
                + "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
                + "<w:pgSz w:w=\"" + PageGeometry.PAGE_WIDTH + "\" w:h=\"" + PageGeometry.PAGE_HEIGHT + "\"/>"
                + "<w:pgMar w:top=\"" + g.top + "\" w:right=\"" + g.right + "\" w:bottom=\"" + g.bottom + "\" w:left=\"" + g.left
                + "\" w:header=\"" + PageGeometry.HEADER + "\" w:footer=\"" + g.footer + "\" w:gutter=\"0\"/>"
                + "<w:pgNumType w:start=\"1\"/><w:cols w:space=\"425\"/>"
                + "<w:docGrid w:type=\"lines\" w:linePitch=\"" + profile.lineTwips() + "\"/></w:sectPr>";
    }

    String fontTable() {
        Set<String> faces = new LinkedHashSet<>();
        faces.add(fonts.fangSong());
        faces.add(FontScheme.fullFaceOf(fonts.fangSong()));
        faces.add(fonts.kai());
        faces.add(FontScheme.fullFaceOf(fonts.kai()));
        faces.add(fonts.hei());
        faces.add(fonts.title());
        faces.add(PAGE_NUMBER_FACE);
        StringBuilder s = new StringBuilder(1024).append(DECL).append("<w:fonts xmlns:w=\"").append(W).append("\">");
        for (String face : faces) {
            font(s, face, "86", "modern", "fixed");
        }
        if (!profile.latinFont().isEmpty() && !faces.contains(profile.latinFont())) {
            font(s, profile.latinFont(), "00", "roman", "variable");
        }
        return s.append("</w:fonts>").toString();
    }

    /**
     * A font-table entry. {@code w:altName} lists faces to try when the named one is missing (ECMA-376
     * 17.8.3.1): 仿宋_GB2312 → 仿宋 on Windows 10+, 方正小标宋简体 → 华文中宋, 宋体 (spec 2, title fallback).
     */
    private static void font(StringBuilder s, String face, String charset, String family, String pitch) {
        s.append("<w:font w:name=\"");
        XmlText.appendEscaped(s, face);
        s.append("\">");
        String alt = face.endsWith("_GB2312") ? FontScheme.fullFaceOf(face) : face.equals("方正小标宋简体") ? "华文中宋,宋体" : "";
        if (!alt.isEmpty()) {
            s.append("<w:altName w:val=\"").append(alt).append("\"/>");
        }
        s.append("<w:charset w:val=\"").append(charset).append("\"/><w:family w:val=\"").append(family)
                .append("\"/><w:pitch w:val=\"").append(pitch).append("\"/></w:font>");
    }

    static String contentTypes() {
        String wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
        return DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + wml + "document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"" + wml + "styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"" + wml + "settings+xml\"/>"
                + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" + wml + "fontTable+xml\"/>"
                + "<Override PartName=\"/" + FOOTER_ODD + "\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/" + FOOTER_EVEN + "\" ContentType=\"" + wml + "footer+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>";
    }

    static String packageRels() {
        return DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + R + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>";
    }

    static String documentRels() {
        return DECL + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rIdStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdSettings\" Type=\"" + R + "/settings\" Target=\"settings.xml\"/>"
                + "<Relationship Id=\"rIdFonts\" Type=\"" + R + "/fontTable\" Target=\"fontTable.xml\"/>"
                + "<Relationship Id=\"rIdFooterOdd\" Type=\"" + R + "/footer\" Target=\"footer1.xml\"/>"
                + "<Relationship Id=\"rIdFooterEven\" Type=\"" + R + "/footer\" Target=\"footer2.xml\"/>"
                + "</Relationships>";
    }

    static String core(String title) {
        return DECL + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>" + XmlText.escape(title) + "</dc:title>"
                + "</cp:coreProperties>";
    }

    static String app() {
        return DECL + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>ReportDesk</Application></Properties>";
    }
}
