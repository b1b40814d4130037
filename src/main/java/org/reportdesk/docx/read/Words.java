package org.reportdesk.docx.read;

import javax.xml.stream.XMLStreamReader;

/** Attributes of WordprocessingML elements, read whatever prefix the file binds to the namespace. */
final class Words {

    private Words() {
    }

    /** The attribute of that local name in any namespace (w:val, or val written without a prefix). */
    static String attr(XMLStreamReader r, String local) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(local)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    static Integer intAttr(XMLStreamReader r, String local) {
        String v = attr(r, local);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An on/off property (w:b, w:i): on unless its val says 0, false or off. */
    static boolean onOff(XMLStreamReader r) {
        String v = attr(r, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }
}
