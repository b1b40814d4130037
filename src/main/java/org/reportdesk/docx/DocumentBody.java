package org.reportdesk.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

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
    private final List<Para> out = new ArrayList<>();

    DocumentBody(Report report, ExportProfile profile) {
        this.report = report;
        this.profile = profile;
        this.page = new PageGeometry(profile);
        this.runs = new RunWriter(profile.latinFont(), profile.charSpacingTwips());
        this.fields = report.fieldValues();
        this.body = new RunWriter.Format(profile.fontScheme().fangSong(), RunWriter.SIZE_3, false, false, false);
    }

    List<Para> build(DoubleConsumer progress) {
        title();
        recipient();
        for (Paragraph p : report.opening().paragraphs()) {
            bodyParagraph(p);
        }
        List<Section> sections = report.allSections();
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i));
            progress.accept(0.8 * (i + 1) / sections.size());
        }
        int lastBody = out.size() - 1;
        attachments();
        signatureAndDate();
        if (lastBody >= 0 && out.size() - 1 > lastBody) {
            for (int i = lastBody; i < out.size(); i++) {
                out.get(i).keepNext = true;
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
        Para p = new Para(StyleIds.TITLE).jc("center");
        p.snapToGrid = false;
        RunWriter.Format f = new RunWriter.Format(profile.fontScheme().title(), SIZE_2, false, false, false);
        // One character of slack: digits and Latin letters are wider than half a cell in most title
        // fonts (and in the fallbacks used where 小标宋 is missing), so a title filling the line exactly
        // would wrap with a single character on its own line instead of being balanced.
        List<String> lines = TitleLines.split(XmlText.clean(title).replaceAll("[\\s\\x0B\\f]+", " "), fill(report.unit()),
                page.charsPerLineHalfCells(SIZE_2 * 10) - 2);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                p.runs.append("<w:r>");
                runs.rPr(p.runs, f.face(), f);
                p.runs.append("<w:br/></w:r>");
            }
            runs.append(p.runs, lines.get(i), f);
        }
        out.add(p);
        out.add(blank());
    }

    private Para blank() {
        return new Para(StyleIds.NORMAL);
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
        Para p = new Para(StyleIds.RECIPIENT).ind("w:firstLineChars=\"0\" w:firstLine=\"0\"");
        runs.append(p.runs, r, body);
        out.add(p);
    }

    private void bodyParagraph(Paragraph para) {
        if (para.isBlank()) {
            return;
        }
        Para p = new Para(StyleIds.BODY).ind(StyleIds.BODY_INDENT);
        spans(p, para, true, body);
        out.add(p);
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
            runs.append(p.runs, text, base.withStyle(s.bold(), s.italic(), s.underline()));
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
        Para h = new Para(StyleIds.heading(level)).ind(StyleIds.BODY_INDENT);
        if (s.runIn() && !paras.isEmpty()) {
            runs.append(h.runs, label + runInSentence(heading), hf);
            spans(h, paras.remove(0), true, profile.headingBold(level) ? body.inBoldParagraph() : body);
        } else {
            runs.append(h.runs, label + heading, hf);
            h.keepNext = !paras.isEmpty() || !s.children().isEmpty();
        }
        out.add(h);
        for (Paragraph p : paras) {
            bodyParagraph(p);
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

    private void attachments() {
        List<String> names = new ArrayList<>();
        for (String a : report.attachments()) {
            String n = fill(a).strip().replaceFirst("^\\d+\\s*[.．、]\\s*", "").replaceAll("[。；，,.;、]+$", "");
            if (!n.isEmpty()) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        out.add(blank());
        if (names.size() == 1) {
            Para p = new Para(StyleIds.ATTACHMENT).ind("w:left=\"1600\" w:hanging=\"960\"");
            runs.append(p.runs, "附件：" + names.get(0), body);
            out.add(p);
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            Para p = new Para(StyleIds.ATTACHMENT).ind(i == 0 ? "w:left=\"1920\" w:hanging=\"1280\"" : "w:left=\"1920\" w:hanging=\"320\"");
            runs.append(p.runs, (i == 0 ? "附件：" : "") + (i + 1) + "." + names.get(i), body);
            out.add(p);
        }
    }

    private void signatureAndDate() {
        String date = DateText.format(fill(report.date()), profile.dateStyle());
        String sig = profile.includeSignature() ? fill(report.signature()).strip() : "";
        if (sig.isEmpty() && profile.includeSignature()) {
            sig = fill(report.unit()).strip();
        }
        date = XmlText.clean(date).replaceAll("\\s+", "");
        sig = XmlText.clean(sig).replaceAll("[\\t\\n\\r]+", " ");
        if (date.isEmpty() && sig.isEmpty()) {
            return;
        }
        SignatureLayout layout = profile.signatureMode() == SignatureMode.SEAL
                ? SignatureLayout.sealed(sig, date) : SignatureLayout.unsealed(sig, date);
        for (int i = 0; i < layout.blankLinesBefore(); i++) {
            out.add(blank());
        }
        if (!sig.isEmpty()) {
            Para p = new Para(StyleIds.SIGNATURE).ind("w:right=\"" + layout.signatureRight() + "\"").jc("right");
            runs.append(p.runs, sig, body);
            out.add(p);
        }
        if (!date.isEmpty()) {
            Para p = new Para(StyleIds.DATE).ind("w:right=\"" + layout.dateRight() + "\"").jc("right");
            runs.append(p.runs, date, body);
            out.add(p);
        }
    }
}
