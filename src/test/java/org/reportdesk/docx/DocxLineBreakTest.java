package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Span;

/** A manual line break inside a Word paragraph (the exporter breaks long titles so) joins its lines. */
class DocxLineBreakTest {

    @Test
    void chineseLinesJoinWithoutASpaceLatinWordsWithOne() {
        assertThat(DocxImporter.joinBreaks(List.of(Span.plain("青山县教育局2025年上半年"), Span.plain("\n"), Span.plain("工作总结"))))
                .extracting(Span::text).containsExactly("青山县教育局2025年上半年", "工作总结");
        assertThat(DocxImporter.joinBreaks(List.of(new Span("Annual\nReport", true, false, false))))
                .containsExactly(new Span("Annual Report", true, false, false));
        assertThat(DocxImporter.joinBreaks(List.of(Span.plain("2025\n年度")))).extracting(Span::text).containsExactly("2025年度");
    }
}
