package org.reportdesk.docx;

import java.math.BigInteger;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The section breaks around landscape tables. A section ends with a paragraph carrying its
 * {@code w:sectPr}; that paragraph is 1 pt high, so it never pushes a page of its own. Every section
 * names its own footers (a landscape page's page number sits elsewhere, a portrait section after
 * it must not inherit that), and only the first one starts the numbering, so pages count on.
 */
final class SectionBreaks {

    private final PageSetup page;
    private final PackageParts parts;
    private boolean any;

    SectionBreaks(PageSetup page, PackageParts parts) {
        this.page = page;
        this.parts = parts;
    }

    /** Ends the current section (landscape or not) with a paragraph at the end of {@code sink}. */
    void end(BodySink sink, boolean landscape) {
        CTP p = sink.paragraph();
        CTPPr pPr = p.addNewPPr();
        pPr.addNewPStyle().setVal(StyleIds.NORMAL);
        pPr.addNewSnapToGrid().setVal("0");
        CTSpacing s = pPr.addNewSpacing();
        s.setBefore(BigInteger.ZERO);
        s.setAfter(BigInteger.ZERO);
        s.setLine(BigInteger.valueOf(20));
        s.setLineRule(STLineSpacingRule.EXACT);
        pPr.addNewRPr().addNewSz().setVal(BigInteger.TWO);
        fill(pPr.addNewSectPr(), landscape);
    }

    /** The last section's properties as XML, or null when the body has no section break (the package's stand). */
    String last(boolean landscape) {
        if (!any && !landscape) {
            return null;
        }
        CTSectPr s = CTSectPr.Factory.newInstance();
        fill(s, landscape);
        return s.xmlText(new XmlOptions().setSaveSyntheticDocumentElement(new QName(BodySink.W, "sectPr", "w"))
                .setSaveImplicitNamespaces(Map.of("w", BodySink.W, "r", BodySink.R)));
    }

    private void fill(CTSectPr s, boolean landscape) {
        String[] footers = landscape ? parts.landscapeFooters() : parts.portraitFooters();
        CTHdrFtrRef odd = s.addNewFooterReference();
        odd.setType(STHdrFtr.DEFAULT);
        odd.setId(footers[0]);
        CTHdrFtrRef even = s.addNewFooterReference();
        even.setType(STHdrFtr.EVEN);
        even.setId(footers[1]);
        page.section(s, landscape, !any);
        any = true;
    }
}
