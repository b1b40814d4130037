package org.reportdesk.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.reportdesk.model.Report;

/**
 * What follows the body, decided once for the .docx (DocumentBody) and the page layout (ReportBlocks):
 * the 附件说明 lines with their hanging indents, and the 署名 and 成文日期 with their placement.
 * {@code fill} puts the report's field values into a text, as each writer does for every part.
 */
public final class ClosingLines {

    private ClosingLines() {
    }

    /**
     * One 附件说明 line: its text, the index of the attachment it came from, and its paragraph indents
     * (w:left and w:hanging): a single attachment 1600/960; several: the first 1920/1280, later ones 1920/320.
     */
    public record AttachmentLine(String text, int index, int leftTwips, int hangingTwips) {
    }

    /** The 署名 and 成文日期 (either may be empty, not both) and where they are set. */
    public record SignatureLines(String signature, String date, SignatureLayout layout) {
    }

    /** The 附件说明 lines; empty when no attachment has a name. Leading numbers and trailing punctuation go. */
    public static List<AttachmentLine> attachments(Report report, UnaryOperator<String> fill) {
        List<String> names = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        List<String> all = report.attachments();
        for (int i = 0; i < all.size(); i++) {
            String n = fill.apply(all.get(i)).strip().replaceFirst("^\\d+\\s*[.．、]\\s*", "")
                    .replaceAll("[。；，,.;、]+$", "");
            if (!n.isEmpty()) {
                names.add(n);
                index.add(i);
            }
        }
        List<AttachmentLine> lines = new ArrayList<>(names.size());
        if (names.size() == 1) {
            lines.add(new AttachmentLine("附件：" + names.get(0), index.get(0), 1600, 960));
            return lines;
        }
        for (int i = 0; i < names.size(); i++) {
            lines.add(new AttachmentLine((i == 0 ? "附件：" : "") + (i + 1) + "." + names.get(i), index.get(i),
                    1920, i == 0 ? 1280 : 320));
        }
        return lines;
    }

    /**
     * The 署名 (the unit when no signature is given and the profile includes one) and the 成文日期 in the
     * profile's date style; empty when both are empty.
     */
    public static Optional<SignatureLines> signature(Report report, ExportProfile profile, UnaryOperator<String> fill) {
        String date = DateText.format(fill.apply(report.date()), profile.dateStyle());
        String sig = profile.includeSignature() ? fill.apply(report.signature()).strip() : "";
        if (sig.isEmpty() && profile.includeSignature()) {
            sig = fill.apply(report.unit()).strip();
        }
        date = XmlText.clean(date).replaceAll("\\s+", "");
        sig = XmlText.clean(sig).replaceAll("[\\t\\n\\r]+", " ");
        if (date.isEmpty() && sig.isEmpty()) {
            return Optional.empty();
        }
        SignatureLayout layout = profile.signatureMode() == SignatureMode.SEAL
                ? SignatureLayout.sealed(sig, date) : SignatureLayout.unsealed(sig, date);
        return Optional.of(new SignatureLines(sig, date, layout));
    }
}
