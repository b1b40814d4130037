package org.reportdesk.docx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * An XWPF document whose body is produced while document.xml is being written: POI saves every
 * other part (styles, settings, footers, relationships, content types) itself, and the body's
 * blocks go through a {@link BodySink} in chunks instead of living in one bean tree.
 */
final class StreamedDocument extends XWPFDocument {

    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final Consumer<BodySink> content;

    StreamedDocument(Consumer<BodySink> content) {
        this.content = content;
    }

    @Override
    protected void commit() throws IOException {
        try (OutputStream part = getPackagePart().getOutputStream();
             Writer out = new BufferedWriter(new OutputStreamWriter(part, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(DECL);
            out.write("<w:document xmlns:w=\"" + BodySink.W + "\" xmlns:r=\"" + BodySink.R + "\"><w:body>");
            BodySink sink = new BodySink(getDocument().getBody(), out);
            content.accept(sink);
            sink.finish();
            out.write("</w:body></w:document>");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
