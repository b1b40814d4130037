package org.reportdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.reportdesk.docx.DocxExporter;
import org.reportdesk.docx.LibreOfficeRender;
import org.reportdesk.layout.FontMetrics;
import org.reportdesk.layout.LayoutEngine;
import org.reportdesk.layout.Line;
import org.reportdesk.layout.Page;
import org.reportdesk.layout.PageLayout;
import org.reportdesk.layout.fonts.FontChoices;
import org.reportdesk.layout.fonts.FontFiles;
import org.reportdesk.layout.fonts.FontSet;

/**
 * Compares the layout engine with LibreOffice's rendering of the .docx export: page count and
 * line breaks (the text of each line) per report. LibreOffice runs with the render tests' font
 * mapping (仿宋/楷体/宋体/小标宋 → Noto Serif CJK SC, 黑体 → Noto Sans CJK SC), and the engine
 * measures with the same fonts.
 */
public final class LayoutAgreement {

    private static final Pattern PAGE_NUMBER = Pattern.compile("^—?\\s*\\d+\\s*—?$");

    /** One report's result. */
    public record Result(String name, int layoutPages, int renderedPages, int lines, int linesAgreeing,
                         List<String> firstDifferences) {
        public boolean pagesAgree() {
            return layoutPages == renderedPages;
        }
    }

    private final Path work;
    private final boolean reuse;

    /** {@code reuse}: the PDFs in {@code work} are from an earlier run of the same corpus (quick re-checks of the engine). */
    public LayoutAgreement(Path work, boolean reuse) {
        this.work = work;
        this.reuse = reuse;
    }

    /** The metrics of the fonts LibreOffice uses here (see the class comment). */
    public static FontMetrics libreOfficeMetrics() {
        FontChoices.Candidate serif = new FontChoices.Candidate("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular");
        FontChoices.Candidate serifBold = new FontChoices.Candidate("NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold");
        FontChoices.Candidate sans = new FontChoices.Candidate("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular");
        return new FontSet(FontFiles.system(), face -> face.equals("黑体") ? List.of(sans)
                : face.contains("小标宋") || face.contains("中宋") ? List.of(serifBold) : List.of(serif));
    }

    public List<Result> run(List<LayoutCorpus.Item> items) throws Exception {
        Files.createDirectories(work);
        List<Path> docx = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Path p = work.resolve(String.format("r%02d.docx", i));
            new DocxExporter().export(items.get(i).report(), items.get(i).profile(), p);
            docx.add(p);
        }
        LibreOfficeRender render = new LibreOfficeRender(work);
        if (!reuse) {
            render.toPdf(docx.get(0));
            convertAll(docx.subList(1, docx.size()));
        }
        LayoutEngine engine = new LayoutEngine(libreOfficeMetrics());
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Path pdf = work.resolve(String.format("r%02d.pdf", i));
            List<List<String>> rendered = rows(render.lines(pdf));
            PageLayout layout = engine.layout(items.get(i).report(), items.get(i).profile());
            Result r = compare(items.get(i).name(), layout, rendered);
            out.add(r);
            dump(work.resolve(String.format("r%02d.compare.txt", i)), layout, rendered);
        }
        return out;
    }

    /** Both line lists side by side, for a look at where they differ. */
    private static void dump(Path file, PageLayout layout, List<List<String>> rendered) throws java.io.IOException {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < Math.max(layout.pageCount(), rendered.size()); p++) {
            List<String> mine = p < layout.pageCount() ? layout.pages().get(p).lines().stream().map(l -> norm(l.text()))
                    .filter(t -> !t.isEmpty()).toList() : List.of();
            List<String> theirs = p < rendered.size() ? rendered.get(p) : List.of();
            sb.append("--- page ").append(p + 1).append('\n');
            for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
                String a = i < mine.size() ? mine.get(i) : "";
                String b = i < theirs.size() ? theirs.get(i) : "";
                sb.append(a.equals(b) ? "  " : "! ").append(a).append("\n  | ").append(b).append('\n');
            }
        }
        Files.writeString(file, sb);
    }

    private void convertAll(List<Path> docx) throws Exception {
        if (docx.isEmpty()) {
            return;
        }
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", work.toString()));
        docx.forEach(p -> cmd.add(p.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("batch.log").toFile());
        pb.environment().put("FONTCONFIG_FILE", work.resolve("fonts.conf").toString());
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice timed out");
        }
    }

    /** Each page's text rows top to bottom (pdftotext may split a row; rows are joined by y), page numbers dropped. */
    static List<List<String>> rows(List<List<LibreOfficeRender.Line>> pages) {
        List<List<String>> out = new ArrayList<>();
        for (List<LibreOfficeRender.Line> page : pages) {
            TreeMap<Long, TreeMap<Double, String>> byY = new TreeMap<>();
            for (LibreOfficeRender.Line l : page) {
                long y = Math.round((l.yMin() + l.yMax()) / 2 / 4);
                byY.computeIfAbsent(y, k -> new TreeMap<>()).merge(l.xMin(), l.text(), String::concat);
            }
            List<String> rows = new ArrayList<>();
            for (TreeMap<Double, String> row : byY.values()) {
                String text = norm(String.join("", row.values()));
                if (!text.isEmpty() && !PAGE_NUMBER.matcher(text).matches()) {
                    rows.add(text);
                }
            }
            out.add(rows);
        }
        return out;
    }

    /**
     * Whitespace dropped, and punctuation hanging at the line end too: LibreOffice 7.4 sets 、。，．
     * in the right margin (the break is the same) but does not paint them, so pdftotext never sees them.
     */
    static String norm(String s) {
        return s.replaceAll("\\s+", "").replaceAll("[、。，．]+$", "");
    }

    static Result compare(String name, PageLayout layout, List<List<String>> rendered) {
        List<String> mine = new ArrayList<>();
        for (Page p : layout.pages()) {
            for (Line l : p.lines()) {
                String t = norm(l.text());
                if (!t.isEmpty()) {
                    mine.add(p.number() + ":" + t);
                }
            }
        }
        List<String> theirs = new ArrayList<>();
        for (int i = 0; i < rendered.size(); i++) {
            for (String t : rendered.get(i)) {
                theirs.add((i + 1) + ":" + t);
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        mine.forEach(t -> counts.merge(t, 1, Integer::sum));
        int agree = 0;
        List<String> diffs = new ArrayList<>();
        for (String t : theirs) {
            Integer c = counts.get(t);
            if (c != null && c > 0) {
                counts.put(t, c - 1);
                agree++;
            } else if (diffs.size() < 6) {
                diffs.add("LO only: " + t);
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0 && diffs.size() < 12) {
                diffs.add("layout only: " + e.getKey());
            }
        }
        return new Result(name, layout.pageCount(), rendered.size(), theirs.size(), agree, diffs);
    }
}
