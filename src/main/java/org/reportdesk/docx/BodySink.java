package org.reportdesk.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Where the blocks of document.xml go. Each block is created as a bean in a body of its own; every
 * {@value #CHUNK} blocks all but the newest are serialized into document.xml and dropped, so a
 * 1 000 000-character report never holds its whole body as beans (≈ 1 KB of XMLBeans store per
 * run). A writer for another block kind (a table: {@code CTTbl}) adds its bean to the same body
 * through a method here and is streamed the same way; a block that needs a part of its own (a
 * picture) registers the part with the package before the package is written.
 */
final class BodySink {

    static final int CHUNK = 128;
    /** Runs of one paragraph held at most: a paragraph of 100,000 runs would take gigabytes as beans. */
    static final int RUN_CHUNK = 512;
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final CTBody body = CTBody.Factory.newInstance();
    private final Writer out;
    private final XmlOptions options = new XmlOptions()
            .setSaveOuter()
            .setSaveNoXmlDecl()
            .setSaveImplicitNamespaces(Map.of("w", W, "r", R))
            // a picture's drawing declares its namespaces where it stands, with Word's usual prefixes
            .setSaveSuggestedPrefixes(Map.of(LandscapeFooter.WP, "wp", LandscapeFooter.A, "a",
                    "http://schemas.openxmlformats.org/drawingml/2006/picture", "pic"));
    private int pending;
    private boolean holding;
    /** The newest paragraph when its start and first runs are already written, else null. */
    private CTP open;
    private boolean endsWithTable;
    private String lastSection;

    BodySink(Writer out) {
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
     * Called after each run added to {@code p}, the newest paragraph: once it holds
     * {@value #RUN_CHUNK} runs, everything before it, its start and its runs so far are written.
     */
    void trim(CTP p) {
        if (p.sizeOfRArray() < RUN_CHUNK) {
            return;
        }
        if (open != p) {
            flush(pending - 1);
            write("<w:p>");
            if (p.isSetPPr()) {
                save(p.getPPr());
                p.unsetPPr();
            }
            open = p;
        }
        writeChildren(p);
    }

    /**
     * Keeps the newest block and every later one as beans until {@link #finish()}, so they can still
     * be changed (the keep-with-next run from the last body paragraph through the date).
     */
    void hold() {
        holding = true;
    }

    /** Writes every block still held. */
    void finish() {
        flush(pending);
    }

    /**
     * Writes every block so far, then {@code xml} as it is: the start or end tag of a block that is
     * streamed piece by piece (a table, row by row). Blocks written before can no longer change.
     */
    void raw(String xml) {
        flush(pending);
        write(xml);
        endsWithTable = xml.equals("</w:tbl>");
    }

    /** Writes a piece of a streamed block (a table's properties, grid or one row) and drops the bean. */
    void piece(XmlObject bean) {
        save(bean);
    }

    /** Whether the newest block is a table: Word wants a paragraph between it and the section properties. */
    boolean endsWithTable() {
        return endsWithTable && pending == 0;
    }

    /** Section properties of the last section instead of those of the package (set when the body has sections). */
    void lastSection(String sectPrXml) {
        lastSection = sectPrXml;
    }

    String lastSection() {
        return lastSection;
    }

    private void flush(int count) {
        for (int i = 0; i < count; i++) {
            try (XmlCursor c = body.newCursor()) {
                c.toFirstChild();
                XmlObject block = c.getObject();
                if (block == open) {
                    writeChildren(open);
                    write("</w:p>");
                    open = null;
                } else {
                    save(block);
                }
                c.removeXml();
            }
        }
        pending -= count;
    }

    private void writeChildren(XmlObject parent) {
        try (XmlCursor c = parent.newCursor()) {
            while (c.toFirstChild()) {
                save(c.getObject());
                c.removeXml();
                c.toParent();
            }
        }
    }

    private void write(String xml) {
        try {
            out.write(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void save(XmlObject block) {
        try {
            block.save(out, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
