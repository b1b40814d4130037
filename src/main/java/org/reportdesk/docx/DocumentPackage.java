package org.reportdesk.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.reportdesk.model.Picture;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The package around the body, built by XWPF: styles, settings, footers, font table, section
 * properties, relationships, content types and properties. Its document.xml has an empty body
 * that {@link BodyStream} fills while copying the package to the file. {@code new XWPFDocument()}
 * brings no theme part, and nothing here adds one.
 */
final class DocumentPackage {

    private static final String APPLICATION = "ReportDesk";

    private DocumentPackage() {
    }

    /** The .docx bytes of the package with an empty body. */
    static byte[] build(ExportProfile profile, String title) throws IOException {
        return build(profile, title, new BodyObjects(java.util.Set.of(), false)).bytes();
    }

    /**
     * The package with an empty body, the image part of each picture and, when a table goes on a
     * landscape page, that section's footers; with the relationship ids the body refers to.
     */
    static PackageParts build(ExportProfile profile, String title, BodyObjects objects) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            new StyleSheet(profile).install(doc);
            PageSetup page = new PageSetup(profile);
            page.install(doc);
            String[] landscape = objects.landscape() ? page.landscapeFooters(doc) : new String[0];
            Map<Picture, String> pictures = new HashMap<>();
            for (Picture pic : objects.pictures()) {
                pictures.put(pic, doc.addPictureData(pic.data(),
                        pic.format() == Picture.Format.PNG ? Document.PICTURE_TYPE_PNG : Document.PICTURE_TYPE_JPEG));
            }
            FontTable.install(doc, profile);
            properties(doc.getProperties(), title);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
            doc.write(out);
            return new PackageParts(out.toByteArray(), page.portraitFooters(doc), landscape, pictures);
        } catch (InvalidFormatException e) {
            throw new IOException("picture not accepted by POI: " + e.getMessage(), e);
        } finally {
            // the package lives in memory; revert drops it without the second save close() would do
            doc.getPackage().revert();
        }
    }

    private static void properties(POIXMLProperties props, String title) {
        props.getCoreProperties().setCreator(APPLICATION);
        if (!title.isBlank()) {
            props.getCoreProperties().setTitle(title);
        }
        props.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
    }
}
