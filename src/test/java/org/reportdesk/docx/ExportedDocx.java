package org.reportdesk.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.reportdesk.model.Report;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An exported .docx opened for assertions: its parts as text and DOM, and as a POI document. */
final class ExportedDocx {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    final byte[] bytes;
    final Map<String, String> parts = new LinkedHashMap<>();
    private final Map<String, Document> doms = new LinkedHashMap<>();
    private final XPath xpath;

    ExportedDocx(byte[] bytes) {
        this.bytes = bytes;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "w" -> W;
                    case "r" -> "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    static ExportedDocx of(Report report, ExportProfile profile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxExporter().write(report, profile, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportedDocx(out.toByteArray());
    }

    XWPFDocument poi() {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new XWPFDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part parsed (namespace aware); fails the test when it is not well-formed XML. */
    Document dom(String part) {
        return doms.computeIfAbsent(part, p -> {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                return f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(p).getBytes(StandardCharsets.UTF_8)));
            } catch (Exception e) {
                throw new AssertionError("part " + p + " is not well-formed XML: " + e.getMessage(), e);
            }
        });
    }

    List<Element> nodes(String part, String expr) {
        return nodes(dom(part), expr);
    }

    List<Element> nodes(Node context, String expr) {
        try {
            NodeList list = (NodeList) xpath.evaluate(expr, context, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>(list.getLength());
            for (int i = 0; i < list.getLength(); i++) {
                out.add((Element) list.item(i));
            }
            return out;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    Element node(String part, String expr) {
        List<Element> n = nodes(part, expr);
        if (n.isEmpty()) {
            throw new AssertionError("no " + expr + " in " + part);
        }
        return n.get(0);
    }

    String string(Node context, String expr) {
        try {
            return xpath.evaluate(expr, context);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expr, e);
        }
    }

    /** Body paragraphs of document.xml. */
    List<Element> paragraphs() {
        return nodes("word/document.xml", "/w:document/w:body/w:p");
    }

    static String attr(Element e, String localName) {
        return e.getAttributeNS(W, localName);
    }

    String styleOf(Element p) {
        return string(p, "w:pPr/w:pStyle/@w:val");
    }

    String text(Element p) {
        StringBuilder sb = new StringBuilder();
        for (Element t : nodes(p, ".//w:t")) {
            sb.append(t.getTextContent());
        }
        return sb.toString();
    }

    /** The first paragraph whose text starts with {@code prefix}. */
    Element paragraphStarting(String prefix) {
        return paragraphs().stream().filter(p -> text(p).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + prefix));
    }

    /** The run holding {@code fragment} in its text. */
    Element runWith(String fragment) {
        return nodes("word/document.xml", "//w:r").stream().filter(r -> text(r).contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with " + fragment));
    }

    String eastAsiaFont(Element run) {
        return string(run, "w:rPr/w:rFonts/@w:eastAsia");
    }

    int size(Element run) {
        return Integer.parseInt(string(run, "w:rPr/w:sz/@w:val"));
    }
}
