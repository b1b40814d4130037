package org.reportdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.StyledSegment;
import org.fxmisc.richtext.model.TextOps;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Span;

/**
 * Converts the model's {@link RichText} to the editor's document and back, paragraphs and b/i/u
 * spans intact. A table or picture paragraph becomes a paragraph of the one character U+FFFC whose
 * style carries the object in an {@link ObjectSlot}.
 */
public final class RichTextDocuments {

    public static final TextOps<String, TextStyle> OPS = SegmentOps.styledTextOps();
    private static final Function<Embedded, ObjectSlot> PLAIN_SLOTS =
            o -> new ObjectSlot(o, s -> new javafx.scene.control.Label(Embedded.OBJECT_TEXT));

    private RichTextDocuments() {
    }

    public static StyledDocument<ParStyle, String, TextStyle> toDocument(RichText text) {
        return toDocument(text, PLAIN_SLOTS);
    }

    public static StyledDocument<ParStyle, String, TextStyle> toDocument(RichText text, Function<Embedded, ObjectSlot> slots) {
        ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> b =
                new ReadOnlyStyledDocumentBuilder<>(OPS, ParStyle.BODY);
        if (text.isEmpty()) {
            b.addParagraph("", TextStyle.PLAIN);
        }
        for (Paragraph p : text.paragraphs()) {
            if (p.isObject()) {
                b.addParagraph(List.of(new StyledSegment<>(Embedded.OBJECT_TEXT, TextStyle.PLAIN)),
                        ParStyle.of(slots.apply(p.embedded())));
                continue;
            }
            if (p.spans().isEmpty()) {
                b.addParagraph("", TextStyle.PLAIN);
                continue;
            }
            List<StyledSegment<String, TextStyle>> segs = new ArrayList<>(p.spans().size());
            for (Span s : p.spans()) {
                segs.add(new StyledSegment<>(s.text(), new TextStyle(s.bold(), s.italic(), s.underline())));
            }
            b.addParagraph(segs);
        }
        return b.build();
    }

    /** The document as rich text; a document holding one empty paragraph is {@link RichText#EMPTY}. */
    public static RichText toRichText(StyledDocument<ParStyle, String, TextStyle> doc) {
        var pars = doc.getParagraphs();
        if (pars.size() == 1 && pars.get(0).length() == 0) {
            return RichText.EMPTY;
        }
        List<Paragraph> out = new ArrayList<>(pars.size());
        for (var par : pars) {
            ObjectSlot slot = par.getParagraphStyle().object();
            if (slot != null && par.length() == 1 && Embedded.OBJECT_TEXT.equals(par.getText())) {
                out.add(Paragraph.of(slot.object()));
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (StyledSegment<String, TextStyle> seg : par.getStyledSegments()) {
                TextStyle st = seg.getStyle();
                spans.add(new Span(seg.getSegment(), st.bold(), st.italic(), st.underline()));
            }
            out.add(new Paragraph(spans));
        }
        return RichText.of(out);
    }

    /** The offset in {@code text}'s plain text where paragraph {@code index} begins. */
    public static int paragraphStart(RichText text, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start += text.paragraphs().get(i).length() + 1;
        }
        return start;
    }

    /** Whether the paragraph shows an object. */
    public static boolean isObject(org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle> par) {
        return par.getParagraphStyle().object() != null && par.length() == 1
                && Embedded.OBJECT_TEXT.equals(par.getText());
    }
}
