package org.reportdesk.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal .docx packages written from raw WordprocessingML, for what POI's writer cannot make (or not crafted). */
final class RawDocx {

    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";
    private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";

    private RawDocx() {
    }

    /** A paragraph of plain text. */
    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A one-row table of the given cells' inner XML. */
    static String row(String... cells) {
        StringBuilder sb = new StringBuilder("<w:tr>");
        for (String c : cells) {
            sb.append("<w:tc>").append(c).append("</w:tc>");
        }
        return sb.append("</w:tr>").toString();
    }

    static byte[] bytes(String bodyXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(bodyXml, out);
        return out.toByteArray();
    }

    static Path write(Path f, String bodyXml) throws IOException {
        try (OutputStream out = Files.newOutputStream(f)) {
            write(bodyXml, out);
        }
        return f;
    }

    private static void write(String bodyXml, OutputStream os) throws IOException {
        ZipOutputStream zip = open(os);
        zip.write(bodyXml.getBytes(StandardCharsets.UTF_8));
        close(zip);
    }

    /** A package whose document body is left open: write paragraphs to it, then {@link #close}. */
    static ZipOutputStream open(Path f) throws IOException {
        return open(Files.newOutputStream(f));
    }

    private static ZipOutputStream open(OutputStream os) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(os);
        put(zip, "[Content_Types].xml", TYPES);
        put(zip, "_rels/.rels", RELS);
        zip.putNextEntry(new ZipEntry("word/document.xml"));
        zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>").getBytes(StandardCharsets.UTF_8));
        return zip;
    }

    static void close(ZipOutputStream zip) throws IOException {
        zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.close();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
