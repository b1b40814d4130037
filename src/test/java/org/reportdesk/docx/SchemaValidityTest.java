package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Every WordprocessingML part validates against the ECMA-376 schema (poi-ooxml-full's XMLBeans types):
 * wrong element order or an unknown attribute is what makes Word call a file corrupt. (The schema
 * lets rPr children come in any order; DocxExporterTest checks the order Word wants.)
 */
class SchemaValidityTest {

    static List<ExportProfile> profiles() {
        return DocxExporterTest.profiles();
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void partsAreSchemaValid(ExportProfile profile) throws XmlException {
        org.reportdesk.model.Report r = SampleReports.small();
        r.sections().get(1).setBody(org.reportdesk.model.RichText.ofPlain("甲\t乙\u000B丙\u000C丁𠮷"));
        ExportedDocx d = ExportedDocx.of(r, profile);
        assertValid(DocumentDocument.Factory.parse(d.parts.get("word/document.xml")));
        assertValid(StylesDocument.Factory.parse(d.parts.get("word/styles.xml")));
        assertValid(SettingsDocument.Factory.parse(d.parts.get("word/settings.xml")));
        assertValid(FontsDocument.Factory.parse(d.parts.get("word/fontTable.xml")));
        assertValid(FtrDocument.Factory.parse(d.parts.get("word/footer1.xml")));
        assertValid(FtrDocument.Factory.parse(d.parts.get("word/footer2.xml")));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void partsOfAReportWithTablesAndPicturesAreSchemaValid(ExportProfile profile) throws XmlException {
        ExportedDocx d = ExportedDocx.of(TableReports.withObjects(8), profile);
        assertValid(DocumentDocument.Factory.parse(d.parts.get("word/document.xml")));
        assertValid(FtrDocument.Factory.parse(d.parts.get("word/footer1.xml")));
        assertValid(FtrDocument.Factory.parse(d.parts.get("word/footer2.xml")));
        for (String footer : List.of("word/footer3.xml", "word/footer4.xml")) {
            FtrDocument f = FtrDocument.Factory.parse(d.parts.get(footer));
            assertThat(removeTextBoxShapes(f)).as("the landscape page number's text box in " + footer).isEqualTo(1);
            assertValid(f);
        }
    }

    /**
     * Removes the Word 2010 text box shapes ({@code wps:wsp}, not in the ECMA-376 schemas POI
     * ships) so that the rest of a landscape footer can be validated; how many were removed.
     */
    private static int removeTextBoxShapes(XmlObject part) {
        int removed = 0;
        try (org.apache.xmlbeans.XmlCursor c = part.newCursor()) {
            while (c.hasNextToken()) {
                if (c.toNextToken().isStart() && c.getName().getLocalPart().equals("wsp")
                        && c.getName().getNamespaceURI().equals(LandscapeFooter.WPS)) {
                    c.removeXml();
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void assertValid(XmlObject o) {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        XmlOptions opts = new XmlOptions().setErrorListener(errors);
        boolean valid = o.validate(opts);
        assertThat(errors).as(o.schemaType().toString()).isEmpty();
        assertThat(valid).isTrue();
    }
}
