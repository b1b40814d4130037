package org.reportdesk.docx;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders a .docx with LibreOffice and measures the PDF with poppler's {@code pdftotext -bbox-layout}.
 * Debian has no 仿宋/楷体/小标宋, so a private fontconfig file maps them to Noto Serif CJK (same em width).
 */
public final class LibreOfficeRender {

    /** One text line of a rendered page, coordinates in points from the top left. */
    public record Line(double xMin, double yMin, double xMax, double yMax, String text) {
    }

    private final Path work;

    public LibreOfficeRender(Path work) {
        this.work = work;
    }

    public static boolean available() {
        return onPath("soffice") && onPath("pdftotext") && onPath("pdftoppm");
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }

    /** Converts {@code docx} to a PDF beside it, with a private LibreOffice profile so parallel runs don't clash. */
    public Path toPdf(Path docx) throws IOException, InterruptedException {
        Path profile = work.resolve("lo-profile");
        Path fonts = writeFontConfig();
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", docx.getParent().toString(), docx.toString()), fonts, 180);
        String name = docx.getFileName().toString();
        Path pdf = docx.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("LibreOffice wrote no PDF for " + docx);
        }
        return pdf;
    }

    public void toPng(Path pdf, int page, Path pngPrefix) throws IOException, InterruptedException {
        run(List.of("pdftoppm", "-png", "-r", "60", "-f", Integer.toString(page), "-l", Integer.toString(page), "-singlefile",
                pdf.toString(), pngPrefix.toString()), null, 60);
    }

    /** Width and height of page {@code page} (1-based) in points, from poppler's pdfinfo. */
    public double[] pageSize(Path pdf, int page) throws IOException, InterruptedException {
        run(List.of("pdfinfo", "-f", Integer.toString(page), "-l", Integer.toString(page), pdf.toString()), null, 60);
        for (String line : Files.readAllLines(work.resolve("process.log"))) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Page\\s+" + page + " size:\\s+([\\d.]+) x ([\\d.]+)").matcher(line);
            if (m.find()) {
                return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
            }
        }
        throw new IOException("no size of page " + page + " in pdfinfo's output");
    }

    /** The text lines of every page, in reading order. */
    public List<List<Line>> lines(Path pdf) throws Exception {
        Path html = work.resolve(pdf.getFileName() + ".bbox.html");
        run(List.of("pdftotext", "-bbox-layout", pdf.toString(), html.toString()), null, 60);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(html.toFile());
        List<List<Line>> pages = new ArrayList<>();
        NodeList pageNodes = doc.getElementsByTagName("page");
        for (int i = 0; i < pageNodes.getLength(); i++) {
            List<Line> lines = new ArrayList<>();
            NodeList lineNodes = ((Element) pageNodes.item(i)).getElementsByTagName("line");
            for (int j = 0; j < lineNodes.getLength(); j++) {
                Element l = (Element) lineNodes.item(j);
                StringBuilder text = new StringBuilder();
                NodeList words = l.getElementsByTagName("word");
                for (int k = 0; k < words.getLength(); k++) {
                    text.append(words.item(k).getTextContent());
                }
                lines.add(new Line(num(l, "xMin"), num(l, "yMin"), num(l, "xMax"), num(l, "yMax"), text.toString()));
            }
            lines.sort((a, b) -> Double.compare(a.yMin(), b.yMin()));
            pages.add(lines);
        }
        return pages;
    }

    private static double num(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }

    private Path writeFontConfig() throws IOException {
        Path conf = work.resolve("fonts.conf");
        if (Files.exists(conf)) {
            return conf;
        }
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                + "<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n");
        for (String face : List.of("仿宋_GB2312", "仿宋", "楷体_GB2312", "楷体", "宋体", "方正小标宋简体", "华文中宋")) {
            alias(sb, face, "Noto Serif CJK SC", face.contains("小标宋") || face.contains("中宋"));
        }
        alias(sb, "黑体", "Noto Sans CJK SC", false);
        sb.append("</fontconfig>\n");
        Files.writeString(conf, sb, StandardCharsets.UTF_8);
        return conf;
    }

    private static void alias(StringBuilder sb, String face, String target, boolean bold) {
        sb.append("<match target=\"pattern\"><test name=\"family\"><string>").append(face)
                .append("</string></test><edit name=\"family\" mode=\"assign\" binding=\"strong\"><string>").append(target)
                .append("</string></edit>");
        if (bold) {
            sb.append("<edit name=\"weight\" mode=\"assign\" binding=\"strong\"><const>bold</const></edit>");
        }
        sb.append("</match>\n");
    }

    private void run(List<String> command, Path fontConfig, int timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("process.log").toFile());
        if (fontConfig != null) {
            pb.environment().put("FONTCONFIG_FILE", fontConfig.toString());
        }
        Process p = pb.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + command);
        }
        if (p.exitValue() != 0) {
            throw new IOException("failed (" + p.exitValue() + "): " + command + "\n" + Files.readString(work.resolve("process.log")));
        }
    }
}
