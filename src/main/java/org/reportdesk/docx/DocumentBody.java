package org.reportdesk.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Table;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

/**
 * The paragraphs of a report in GB/T 9704 order: title, blank line, 主送机关, 开头语, sections,
 * 附件说明, 署名 and 成文日期. Known {@code {{字段}}} fields are filled on the way.
 */
final class DocumentBody {

    private static final int SIZE_2 = 44;
    private static final String RUN_IN_ENDS = "。！？";

    private final Report report;
    private final ExportProfile profile;
    private final PageGeometry page;
    private final RunWriter runs;
    private final Map<String, String> fields;
    private final RunWriter.Format body;
    private BodySink sink;
    /** The newest paragraph: the keep-with-next run of the 署名 block starts at the last body one. */
    private Para last;
    private final TableWriter tables;
    private final PictureWriter pictures;
    private final SectionBreaks breaks;
    /** Whether the blocks written last are on a landscape page (a section of their own). */
    private boolean inLandscape;

    DocumentBody(Report report, ExportProfile profile, PackageParts parts) {
        this.report = report;
        this.profile = profile;
        this.page = new PageGeometry(profile);
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
        this.fields = report.fieldValues();
        this.body = new RunWriter.Format(profile.fontScheme().fangSong(), RunWriter.SIZE_3, false, false, false);
        this.tables = new TableWriter(profile, this::fill);
        this.pictures = new PictureWriter(profile, this::fill, parts.pictures());
        this.breaks = new SectionBreaks(new PageSetup(profile), parts);
    }

    /** Writes the paragraphs into {@code sink}, reporting progress from 0 to 0.85. */
    void write(BodySink to, DoubleConsumer progress) {
        this.sink = to;
        runs.afterEachRun(to::trim);
        title();
        recipient();
        for (Paragraph p : report.opening().paragraphs()) {
            block(p);
        }
        List<Section> sections = report.allSections();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i));
            progress.accept(0.85 * (i + 1) / sections.size());
        }
        Para lastBody = last;
        sink.hold();
        List<Para> closing = new ArrayList<>();
        attachments(closing);
        signatureAndDate(closing);
        if (lastBody != null && !closing.isEmpty()) {
            lastBody.keepNext();
            closing.forEach(Para::keepNext);
        }
        if (sink.endsWithTable()) {
            // Word wants a paragraph between a table and the section properties
            breaks.end(sink, inLandscape);
            inLandscape = false;
        }
        sink.lastSection(breaks.last(inLandscape));
    }

    private Para para(String styleId) {
        portrait();
        last = new Para(sink.paragraph(), styleId, profile.lineTwips());
        return last;
    }

    /** Ends a landscape section before a block that goes on a portrait page. */
    private void portrait() {
        if (inLandscape) {
            breaks.end(sink, true);
            inLandscape = false;
            last = null;
        }
    }

    /** A paragraph of a body: text, a table or a picture. */
    private void block(Paragraph p) {
        if (p.embedded() instanceof Table t) {
            int width = page.typeWidth();
            boolean landscape = TableLayout.landscape(t, profile, width);
            if (landscape && !inLandscape) {
                breaks.end(sink, false);
                inLandscape = true;
            } else if (!landscape) {
                portrait();
            }
            if (sink.endsWithTable()) {
                // Word joins two tables with nothing between them into one
                new Para(sink.paragraph(), StyleIds.NORMAL, profile.lineTwips());
            }
            tables.write(sink, t, landscape ? page.typeHeight() : width);
            last = null;
        } else if (p.embedded() instanceof Picture pic) {
            portrait();
            last = pictures.write(sink, pic, page.typeWidth(), page.typeHeight() - 2 * profile.lineTwips());
        } else {
            bodyParagraph(p);
        }
    }

    private String fill(String s) {
        return Fields.fill(s, fields);
    }

    private void title() {
        String title = fill(report.title()).strip();
        if (title.isEmpty()) {
            return;
        }
        Para p = para(StyleIds.TITLE).jc(STJc.CENTER).noSnapToGrid();
        RunWriter.Format f = new RunWriter.Format(profile.fontScheme().title(), SIZE_2, false, false, false);
        // One character of slack: digits and Latin letters are wider than half a cell in most title
        // fonts (and in the fallbacks used where 小标宋 is missing), so a title filling the line exactly
        // would wrap with a single character on its own line instead of being balanced.
        List<String> lines = TitleLines.split(XmlText.clean(title).replaceAll("[\\s\\x0B\\f]+", " "), fill(report.unit()),
                page.charsPerLineHalfCells(SIZE_2 * 10) - 2);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                runs.lineBreak(p.ctp, f);
            }
            runs.append(p.ctp, lines.get(i), f);
        }
        blank();
    }

    private Para blank() {
        return para(StyleIds.NORMAL);
    }

    private void recipient() {
        String r = fill(report.recipient()).strip();
        if (r.isEmpty()) {
            return;
        }
        if (r.endsWith(":")) {
            r = r.substring(0, r.length() - 1);
        }
        if (!r.endsWith("：")) {
            r += "：";
        }
        Para p = para(StyleIds.RECIPIENT).firstLine(0, 0);
        runs.append(p.ctp, r, body);
    }

    private void bodyParagraph(Paragraph para) {
        if (para.isBlank()) {
            return;
        }
        Para p = para(StyleIds.BODY).firstLine(StyleIds.INDENT_CHARS, StyleIds.INDENT_TWIPS);
        spans(p, para, true, body);
    }

    private void spans(Para p, Paragraph para, boolean stripLeading, RunWriter.Format base) {
        boolean first = stripLeading;
        for (Span s : para.spans()) {
            String text = fill(s.text());
            if (first) {
                // the first-line indent does the indenting; typed full-width spaces would double it
                text = stripLeadingSpace(text);
                first = text.isEmpty();
            }
            runs.append(p.ctp, text, base.withStyle(s.bold(), s.italic(), s.underline()));
        }
    }

    private static String stripLeadingSpace(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000')) {
            i++;
        }
        return text.substring(i);
    }

    private void section(Section s) {
        int depth = s.depth();
        int level = Math.min(depth, Numbering.MAX_DEPTH);
        String label = depth <= Numbering.MAX_DEPTH ? s.label() : "";
        String heading = fill(s.heading()).strip();
        RunWriter.Format hf = new RunWriter.Format(profile.fontScheme().heading(level), RunWriter.SIZE_3,
                profile.headingBold(level), false, false);
        List<Paragraph> paras = new ArrayList<>();
        for (Paragraph p : s.body().paragraphs()) {
            if (!p.isBlank()) {
                paras.add(p);
            }
        }
        Para h = para(StyleIds.heading(level)).firstLine(StyleIds.INDENT_CHARS, StyleIds.INDENT_TWIPS);
        if (s.runIn() && !paras.isEmpty() && !paras.get(0).isObject()) {
            runs.append(h.ctp, label + runInSentence(heading), hf);
            spans(h, paras.remove(0), true, profile.headingBold(level) ? body.inBoldParagraph() : body);
        } else {
            runs.append(h.ctp, label + heading, hf);
            if (!paras.isEmpty() || !s.children().isEmpty()) {
                h.keepNext();
            }
        }
        for (Paragraph p : paras) {
            block(p);
        }
    }

    static String runInSentence(String heading) {
        String h = heading.strip();
        if (h.isEmpty() || RUN_IN_ENDS.indexOf(h.charAt(h.length() - 1)) >= 0) {
            return h;
        }
        if ("，；：、,;:".indexOf(h.charAt(h.length() - 1)) >= 0) {
            h = h.substring(0, h.length() - 1);
        }
        return h + "。";
    }

    private void attachments(List<Para> closing) {
        List<ClosingLines.AttachmentLine> lines = ClosingLines.attachments(report, this::fill);
        if (lines.isEmpty()) {
            return;
        }
        closing.add(blank());
        for (ClosingLines.AttachmentLine line : lines) {
            Para p = para(StyleIds.ATTACHMENT).hanging(line.leftTwips(), line.hangingTwips());
            runs.append(p.ctp, line.text(), body);
            closing.add(p);
        }
    }

    private void signatureAndDate(List<Para> closing) {
        ClosingLines.signature(report, profile, this::fill).ifPresent(lines -> {
            for (int i = 0; i < lines.layout().blankLinesBefore(); i++) {
                closing.add(blank());
            }
            if (!lines.signature().isEmpty()) {
                Para p = para(StyleIds.SIGNATURE).right(lines.layout().signatureRight()).jc(STJc.RIGHT);
                runs.append(p.ctp, lines.signature(), body);
                closing.add(p);
            }
            if (!lines.date().isEmpty()) {
                Para p = para(StyleIds.DATE).right(lines.layout().dateRight()).jc(STJc.RIGHT);
                runs.append(p.ctp, lines.date(), body);
                closing.add(p);
            }
        });
    }
}
