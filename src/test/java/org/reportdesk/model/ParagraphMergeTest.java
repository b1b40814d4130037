package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.json.ReportJson;

/** Merging adjacent spans of one style is linear: a million one-character spans take one pass. */
class ParagraphMergeTest {

    @Test
    void adjacentSpansOfOneStyleMergeAndOthersStayApart() {
        Paragraph p = new Paragraph(List.of(Span.plain("一"), Span.plain(""), Span.plain("二"), new Span("三", true, false, false),
                new Span("四", true, false, false), Span.plain("五")));
        assertThat(p.spans()).containsExactly(Span.plain("一二"), new Span("三四", true, false, false), Span.plain("五"));
    }

    @Test
    void aMillionOneCharacterSpansMergeInLinearTime() {
        List<Span> same = new ArrayList<>();
        List<Span> alternating = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            same.add(Span.plain("字"));
            alternating.add(new Span("字", i % 2 == 0, false, false));
        }
        long t0 = System.nanoTime();
        Paragraph p = new Paragraph(same);
        Paragraph q = new Paragraph(alternating);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("span merging: 1 000 000 equal spans and 1 000 000 alternating spans in %d ms%n", ms);
        assertThat(p.spans()).hasSize(1);
        assertThat(p.plainText()).hasSize(1_000_000);
        assertThat(q.spans()).hasSize(1_000_000);
        assertThat(ms).isLessThan(5_000);
    }

    /** The .report.json of the trust issue: within the limits, 6.9 MB of one-character spans (3.5 minutes before). */
    @Test
    void aReportFileOfNineHundredThousandSpansReadsInLinearTime() {
        Report r = new Report();
        r.setTitle("工作总结");
        r.root().add(new Section("主要工作", RichText.ofPlain("MARK")));
        StringBuilder spans = new StringBuilder("[");
        for (int i = 0; i < 900_000; i++) {
            spans.append(i == 0 ? "" : ",").append("\"字\"");
        }
        String json = ReportJson.write(r).replace("\"MARK\"", spans.append("]").toString());
        long t0 = System.nanoTime();
        Report back = ReportJson.read(json);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("report file of %d KB with 900 000 spans read in %d ms%n",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024, ms);
        assertThat(back.sections().get(0).body().plainText()).hasSize(900_000);
        assertThat(ms).isLessThan(10_000);
    }
}
