package org.reportdesk.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportdesk.docx.ClosingLines;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportRules;
import org.reportdesk.docx.TitleLines;
import org.reportdesk.docx.XmlText;
import org.reportdesk.model.EditPlace.Part;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;

/**
 * The blocks of a report in the order and with the formatting the .docx export writes them
 * (docx/DocumentBody): title, blank line, 主送机关, 开头语, sections, 附件说明, 署名 and 成文日期.
 * Shared rules are called, not copied: {@link TitleLines}, {@link ClosingLines},
 * {@link ExportRules#runInSentence}. A change to DocumentBody must be mirrored here; the agreement
 * benchmark (LibreOffice against this layout) catches a drift.
 */
final class ReportBlocks {

    private static final double TWIP = 1 / 20.0;

    private final Report report;
    private final ExportProfile profile;
    private final Map<String, String> fields;
    private final TextStyle body;
    private final List<Block> out = new ArrayList<>();

    ReportBlocks(Report report, ExportProfile profile) {
        this.report = report;
        this.profile = profile;
        this.fields = report.fieldValues();
        this.body = style(profile.fontScheme().fangSong(), ExportRules.BODY_HALF_POINTS, false);
    }

    private TextStyle style(String face, int halfPoints, boolean bold) {
        double spacing = halfPoints == ExportRules.BODY_HALF_POINTS ? profile.charSpacingTwips() * TWIP : 0;
        return new TextStyle(face, halfPoints / 2.0, bold, false, false, spacing);
    }

    List<Block> build() {
        title();
        recipient();
        List<Paragraph> opening = report.opening().paragraphs();
        for (int i = 0; i < opening.size(); i++) {
            bodyParagraph(opening.get(i), new Source(Part.OPENING, null, i));
        }
        for (Section s : report.allSections()) {
            section(s);
        }
        int lastBody = out.size() - 1;
        attachments();
        signatureAndDate();
        if (lastBody >= 0 && out.size() - 1 > lastBody) {
            for (int i = lastBody; i < out.size(); i++) {
                out.set(i, out.get(i).withKeepNext(true));
            }
        }
        return out;
    }

    private String fill(String s) {
        return Fields.fill(s, fields);
    }

    private void title() {
        String title = fill(report.title()).strip();
        if (title.isEmpty()) {
            return;
        }
        List<String> lines = TitleLines.split(XmlText.clean(title).replaceAll("[\\s\\x0B\\f]+", " "), fill(report.unit()),
                ExportRules.titleMaxHalfCells(profile));
        TextStyle f = style(profile.fontScheme().title(), ExportRules.TITLE_HALF_POINTS, false);
        out.add(new Block(BlockKind.TITLE, List.of(new StyledRun(String.join("\n", lines), f, new Source(Part.TITLE, null, 0), 0)),
                0, 0, 0, Align.CENTER, false));
        out.add(blank());
    }

    private Block blank() {
        return new Block(BlockKind.BLANK, List.of(), 0, 0, 0, Align.JUSTIFY, false);
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
        out.add(new Block(BlockKind.RECIPIENT, List.of(new StyledRun(r, body, new Source(Part.RECIPIENT, null, 0), 0)),
                0, 0, 0, Align.JUSTIFY, false));
    }

    private void bodyParagraph(Paragraph para, Source src) {
        if (para.isBlank()) {
            return;
        }
        if (para.isObject()) {
            figure(para.embedded().mapText(this::fill), src);
            return;
        }
        List<StyledRun> runs = new ArrayList<>();
        spans(runs, para, src, body);
        out.add(new Block(BlockKind.BODY, runs, 0, ExportRules.BODY_FIRST_LINE * TWIP, 0, Align.JUSTIFY, false));
    }

    /** A table: its title, then a block per row (header rows kept with the first row after them); a picture, then its caption. */
    private void figure(Embedded object, Source src) {
        if (object instanceof Table t) {
            boolean turned = landscape(t);
            if (turned) {
                out.add(new Block(BlockKind.LANDSCAPE, List.of(), 0, 0, 0, Align.LEFT, false));
            }
            if (!t.title().isBlank()) {
                caption(t.title(), src, true);
            }
            for (int r = 0; r < t.rowCount(); r++) {
                out.add(Block.of(new Figure.TableRow(t, r, turned, src), r < t.headerRows() && r + 1 < t.rowCount()));
            }
            if (turned) {
                out.add(new Block(BlockKind.PORTRAIT, List.of(), 0, 0, 0, Align.LEFT, false));
            }
        } else if (object instanceof Picture p) {
            out.add(Block.of(new Figure.Image(p, src), !p.caption().isBlank()));
            if (!p.caption().isBlank()) {
                caption(p.caption(), src, false);
            }
        }
    }

    private boolean landscape(Table t) {
        return ExportRules.landscape(t, profile);
    }

    private void caption(String text, Source src, boolean keepNext) {
        TextStyle style = keepNext ? body.withStyle(true, false, false) : body;
        out.add(new Block(BlockKind.CAPTION, List.of(new StyledRun(text.strip(), style, src, 0)), 0, 0, 0, Align.CENTER, keepNext));
    }

    private void spans(List<StyledRun> runs, Paragraph para, Source src, TextStyle base) {
        boolean first = true;
        int offset = 0;
        for (Span s : para.spans()) {
            String text = fill(s.text());
            int start = offset;
            offset += text.length();
            if (first) {
                String stripped = stripLeadingSpace(text);
                start += text.length() - stripped.length();
                text = stripped;
                first = text.isEmpty();
            }
            if (!text.isEmpty()) {
                runs.add(new StyledRun(text, base.withStyle(s.bold(), s.italic(), s.underline()), src, start));
            }
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
        TextStyle hf = style(profile.fontScheme().heading(level), ExportRules.BODY_HALF_POINTS, profile.headingBold(level));
        List<Integer> paras = new ArrayList<>();
        List<Paragraph> all = s.body().paragraphs();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                paras.add(i);
            }
        }
        Source hs = new Source(Part.HEADING, s.id(), 0);
        List<StyledRun> runs = new ArrayList<>();
        boolean keep = false;
        if (s.runIn() && !paras.isEmpty() && !all.get(paras.get(0)).isObject()) {
            runs.add(new StyledRun(label + ExportRules.runInSentence(heading), hf, hs, 0));
            int first = paras.remove(0);
            spans(runs, all.get(first), new Source(Part.BODY, s.id(), first), body);
        } else {
            runs.add(new StyledRun(label + heading, hf, hs, 0));
            keep = !paras.isEmpty() || !s.children().isEmpty();
        }
        out.add(new Block(BlockKind.HEADING, runs, 0, ExportRules.BODY_FIRST_LINE * TWIP, 0, Align.JUSTIFY, keep));
        for (int i : paras) {
            bodyParagraph(all.get(i), new Source(Part.BODY, s.id(), i));
        }
    }

    private void attachments() {
        List<ClosingLines.AttachmentLine> lines = ClosingLines.attachments(report, this::fill);
        if (lines.isEmpty()) {
            return;
        }
        out.add(blank());
        for (ClosingLines.AttachmentLine line : lines) {
            out.add(new Block(BlockKind.ATTACHMENT,
                    List.of(new StyledRun(line.text(), body, new Source(Part.ATTACHMENTS, null, line.index()), 0)),
                    line.leftTwips() * TWIP, -line.hangingTwips() * TWIP, 0, Align.JUSTIFY, false));
        }
    }

    private void signatureAndDate() {
        ClosingLines.signature(report, profile, this::fill).ifPresent(lines -> {
            for (int i = 0; i < lines.layout().blankLinesBefore(); i++) {
                out.add(blank());
            }
            if (!lines.signature().isEmpty()) {
                out.add(new Block(BlockKind.SIGNATURE,
                        List.of(new StyledRun(lines.signature(), body, new Source(Part.SIGNATURE, null, 0), 0)),
                        0, 0, lines.layout().signatureRight() * TWIP, Align.RIGHT, false));
            }
            if (!lines.date().isEmpty()) {
                out.add(new Block(BlockKind.DATE,
                        List.of(new StyledRun(lines.date(), body, new Source(Part.DATE, null, 0), 0)),
                        0, 0, lines.layout().dateRight() * TWIP, Align.RIGHT, false));
            }
        });
    }
}
