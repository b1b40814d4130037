package org.reportdesk.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Where the blocks of document.xml go. Each block is created as a bean in the XWPF document's body;
 * every {@value #CHUNK} blocks all but the newest are serialized into document.xml and dropped, so a
 * 1 000 000-character report never holds its whole body as beans (≈ 1 KB of XMLBeans store per
 * run). A writer for another block kind (a table, a picture) adds its bean to the same body
 * through a method here and is streamed the same way.
 */
final class BodySink {

    static final int CHUNK = 128;
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final CTBody body;
    private final Writer out;
    private final XmlOptions options = new XmlOptions()
            .setSaveOuter()
            .setSaveNoXmlDecl()
            .setSaveImplicitNamespaces(Map.of("w", W, "r", R));
    private int pending;
    private boolean holding;

    BodySink(CTBody body, Writer out) {
        this.body = body;
        this.out = out;
    }

    /** A new paragraph at the end of the body. */
    CTP paragraph() {
        CTP p = body.addNewP();
        added();
        return p;
    }

    private void added() {
        pending++;
        if (!holding && pending > CHUNK) {
            flush(pending - 1);
        }
    }

    /**
     * Keeps the newest block and every later one as beans until {@link #finish()}, so they can still
     * be changed (the keep-with-next run from the last body paragraph through the date).
     */
    void hold() {
        holding = true;
    }

    /** Writes every block still held, then the section properties. */
    void finish() {
        flush(pending);
        if (body.isSetSectPr()) {
            save(body.getSectPr());
        }
    }

    private void flush(int count) {
        for (int i = 0; i < count; i++) {
            try (XmlCursor c = body.newCursor()) {
                c.toFirstChild();
                save(c.getObject());
                c.removeXml();
            }
        }
        pending -= count;
    }

    private void save(org.apache.xmlbeans.XmlObject block) {
        try {
            block.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
