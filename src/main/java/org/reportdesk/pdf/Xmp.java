package org.reportdesk.pdf;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;

/** A minimal XMP packet (Dublin Core title and creator, PDF producer, dates), as PDF/A expects beside the document information. */
final class Xmp {

    private Xmp() {
    }

    static String of(String title, String author, Calendar when) {
        String date = when.toInstant().atZone(ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + esc(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>\n"
                + "<pdf:Producer>ReportDesk (Apache PDFBox)</pdf:Producer>\n"
                + "<xmp:CreatorTool>ReportDesk</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String esc(String s) {
        return org.reportdesk.docx.XmlText.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
