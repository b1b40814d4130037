package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.testing.RandomReports;

/** report → PlainTextWriter → OutlineParser gives back the same outline and text, for many generated reports. */
class RoundTripPropertyTest {

    @Test
    void plainTextRoundTripKeepsOutlineAndText() {
        RandomReports reports = new RandomReports(20250705L, false, true);
        for (int i = 0; i < 300; i++) {
            Report original = reports.next();
            String text = PlainTextWriter.write(original);
            List<Report> back = OutlineParser.parse(text);
            assertThat(back).as(text).hasSize(1);
            Report r = back.get(0);
            assertThat(r.title()).as(text).isEqualTo(original.title());
            assertThat(r.opening()).as(text).isEqualTo(original.opening());
            assertThat(r.attachments()).as(text).isEqualTo(original.attachments());
            assertThat(r.signature()).as(text).isEqualTo(original.signature());
            assertThat(r.date()).as(text).isEqualTo(original.date());
            assertThat(outline(r.sections())).as(text).isEqualTo(outline(original.sections()));
            assertThat(PlainTextWriter.write(r)).isEqualTo(text);
        }
    }

    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.path() + "|" + s.heading() + "|" + s.runIn() + "|" + s.body().plainText());
            out.addAll(outline(s.children()));
        }
        return out;
    }

}
