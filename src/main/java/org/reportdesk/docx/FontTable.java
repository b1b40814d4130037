package org.reportdesk.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * fontTable.xml: every face the document names, with {@code w:altName} where a face is often
 * missing (ECMA-376 17.8.3.1): 仿宋_GB2312 → 仿宋 on Windows 10+, 方正小标宋简体 → 华文中宋. One name
 * per attribute: Word reads a comma list as one (missing) face. Written as text because
 * poi-ooxml-lite has no beans for the font table.
 */
final class FontTable {

    /** The title face's stand-in where 方正小标宋简体 is not installed. */
    static final String TITLE_ALTERNATIVE = "华文中宋";

    private FontTable() {
    }

    static void install(XWPFDocument doc, ExportProfile profile) throws IOException {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml(profile).getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    static String xml(ExportProfile profile) {
        FontScheme fonts = profile.fontScheme();
        Set<String> faces = new LinkedHashSet<>();
        faces.add(fonts.fangSong());
        faces.add(FontScheme.fullFaceOf(fonts.fangSong()));
        faces.add(fonts.kai());
        faces.add(FontScheme.fullFaceOf(fonts.kai()));
        faces.add(fonts.hei());
        faces.add(fonts.title());
        faces.add(StyleSheet.PAGE_NUMBER_FACE);
        StringBuilder s = new StringBuilder(1024)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:fonts xmlns:w=\"")
                .append(BodySink.W).append("\">");
        for (String face : faces) {
            font(s, face, "86", "modern", "fixed");
        }
        String latin = FontScheme.singleFace(profile.latinFont());
        if (!latin.isEmpty() && !faces.contains(latin)) {
            font(s, latin, "00", "roman", "variable");
        }
        return s.append("</w:fonts>").toString();
    }

    private static void font(StringBuilder s, String face, String charset, String family, String pitch) {
        s.append("<w:font w:name=\"");
        XmlText.appendEscaped(s, face);
        s.append("\">");
        String alt = face.endsWith("_GB2312") ? FontScheme.fullFaceOf(face) : face.equals("方正小标宋简体") ? TITLE_ALTERNATIVE : "";
        if (!alt.isEmpty()) {
            s.append("<w:altName w:val=\"");
            XmlText.appendEscaped(s, alt);
            s.append("\"/>");
        }
        s.append("<w:charset w:val=\"").append(charset).append("\"/><w:family w:val=\"").append(family)
                .append("\"/><w:pitch w:val=\"").append(pitch).append("\"/></w:font>");
    }
}
