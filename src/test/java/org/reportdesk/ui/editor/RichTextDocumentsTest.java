package org.reportdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Span;

class RichTextDocumentsTest {

    @Test
    void roundTripKeepsParagraphsAndStyledSpans() {
        RichText text = RichText.of(List.of(
                new Paragraph(List.of(Span.plain("一是"), new Span("强化党建", true, false, false), Span.plain("。"))),
                Paragraph.of(""),
                new Paragraph(List.of(new Span("斜体", false, true, false), new Span("下划线加粗", true, false, true))),
                Paragraph.of("最后一段")));

        var doc = RichTextDocuments.toDocument(text);

        assertThat(doc.getParagraphs()).hasSize(4);
        assertThat(doc.getText()).isEqualTo("一是强化党建。\n\n斜体下划线加粗\n最后一段");
        assertThat(RichTextDocuments.toRichText(doc)).isEqualTo(text);
    }

    @Test
    void emptyTextIsOneEmptyParagraphAndBack() {
        var doc = RichTextDocuments.toDocument(RichText.EMPTY);
        assertThat(doc.getParagraphs()).hasSize(1);
        assertThat(RichTextDocuments.toRichText(doc)).isEqualTo(RichText.EMPTY);
    }

    @Test
    void adjacentSpansOfEqualStyleComeBackMerged() {
        var doc = RichTextDocuments.toDocument(RichText.ofPlain("甲乙"));
        assertThat(RichTextDocuments.toRichText(doc).paragraphs().get(0).spans()).containsExactly(Span.plain("甲乙"));
    }
}
