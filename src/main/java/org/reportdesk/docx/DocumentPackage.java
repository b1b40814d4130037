package org.reportdesk.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ooxml.POIXMLProperties;
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
        XWPFDocument doc = new XWPFDocument();
        try {
            new StyleSheet(profile).install(doc);
            new PageSetup(profile).install(doc);
            FontTable.install(doc, profile);
            properties(doc.getProperties(), title);
            ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 10);
            doc.write(out);
            return out.toByteArray();
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
