package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing text around a table or a picture never loses or flattens the object. */
class EmbeddedTextTest {

    private static final Table TABLE = Table.ofText("表1", 1, List.of(List.of("项目", "进度"), List.of("校舍", "80%")));

    private static RichText body() {
        return RichText.of(List.of(Paragraph.of("前文。"), Paragraph.of(TABLE), Paragraph.of("后文。")));
    }

    @Test
    void theObjectIsOneCharacterOfThePlainText() {
        assertThat(body().plainText()).isEqualTo("前文。\n\uFFFC\n后文。");
        assertThat(body().length()).isEqualTo(9);
        assertThat(body().fullLength()).isEqualTo(9 + "表1项目进度校舍80%".length());
    }

    @Test
    void typingElsewhereKeepsTheObjectItself() {
        RichText t = body().replace(0, 0, RichText.ofPlain("新"));
        assertThat(t.paragraphs().get(1).embedded()).isSameAs(TABLE);
    }

    @Test
    void textTypedRightAfterTheObjectBecomesItsOwnParagraph() {
        RichText t = body().replace(5, 5, RichText.ofPlain("补充"));
        assertThat(t.paragraphs()).hasSize(4);
        assertThat(t.paragraphs().get(1).embedded()).isEqualTo(TABLE);
        assertThat(t.paragraphs().get(2).plainText()).isEqualTo("补充");
    }

    @Test
    void joiningTheParagraphsAroundTheObjectKeepsItBetweenThem() {
        // Backspace at the start of 后文 joins it to the table's paragraph
        RichText t = body().replace(5, 6, RichText.EMPTY);
        assertThat(t.paragraphs()).extracting(Paragraph::isObject).containsExactly(false, true, false);
        assertThat(t.paragraphs().get(2).plainText()).isEqualTo("后文。");
    }

    @Test
    void deletingTheObjectCharacterRemovesTheObjectAndUndoingBringsItBack() {
        RichText before = body();
        RichText t = before.replace(4, 6, RichText.EMPTY);
        assertThat(t.hasObjects()).isFalse();
        assertThat(t.plainText()).isEqualTo("前文。\n后文。");
        RichText back = t.replace(4, 4, RichText.of(List.of(Paragraph.of(TABLE), Paragraph.of(""))));
        assertThat(back).isEqualTo(before);
    }

    @Test
    void pastingATableInTheMiddleOfALineSplitsTheLineAroundIt() {
        RichText t = RichText.ofPlain("甲乙").replace(1, 1, RichText.of(List.of(Paragraph.of(TABLE))));
        assertThat(t.paragraphs()).extracting(Paragraph::plainText).containsExactly("甲", "\uFFFC", "乙");
        assertThat(t.paragraphs().get(1).embedded()).isEqualTo(TABLE);
    }

    @Test
    void fieldsAreFilledInsideTablesToo() {
        RichText t = RichText.of(List.of(Paragraph.of(Table.ofText("{{年度}}表", 0, List.of(List.of("{{年度}}"))))));
        Table filled = (Table) t.mapText(s -> s.replace("{{年度}}", "2025")).paragraphs().get(0).embedded();
        assertThat(filled.title()).isEqualTo("2025表");
        assertThat(filled.cell(0, 0).plainText()).isEqualTo("2025");
    }
}
