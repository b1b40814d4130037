package org.reportdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Span;

class ReportJsonTest {

    static Report sample() {
        Report r = new Report();
        r.setTitle("某县教育局2025年上半年工作总结");
        r.setUnit("某县教育局");
        r.setYear(2025);
        r.setPeriod(Period.FIRST_HALF);
        r.setOpening(RichText.ofPlain("上半年，我局坚持立德树人根本任务。\n现将有关情况报告如下："));
        Section work = new Section("上半年主要工作");
        Section party = new Section("强化党建引领，提升治校水平。", RichText.of(List.of(
                new Paragraph(List.of(Span.plain("坚持"), new Span("党对教育的全面领导", true, false, false), Span.plain("。"))),
                Paragraph.of("第二段。"))));
        party.setRunIn(true);
        work.add(party);
        r.root().add(work);
        r.root().add(new Section("存在的问题"));
        r.attachments().add("2025年上半年重点项目进展表");
        r.setSignature("某县教育局");
        r.setDate("2025年7月5日");
        r.extraFields().put("联系人", "张老师");
        return r;
    }

    @Test
    void roundTripKeepsEverything() {
        Report r = sample();
        Report back = ReportJson.read(ReportJson.write(r));
        assertThat(ReportJson.write(back)).isEqualTo(ReportJson.write(r));
        assertThat(back.sections()).hasSize(2);
        Section party = back.sections().get(0).children().get(0);
        assertThat(party.runIn()).isTrue();
        assertThat(party.body().paragraphs().get(0).spans()).hasSize(3);
        assertThat(party.body().paragraphs().get(0).spans().get(1).bold()).isTrue();
        assertThat(back.period()).isEqualTo(Period.FIRST_HALF);
        assertThat(back.extraFields()).containsEntry("联系人", "张老师");
    }

    @Test
    void plainTextBodiesAreAcceptedForHandWrittenFiles() {
        String json = "{\"format\":\"reportdesk.report\",\"version\":1,\"title\":\"t\","
                + "\"sections\":[{\"heading\":\"一\",\"text\":\"第一段\\n第二段\"}]}";
        Report r = ReportJson.read(json);
        assertThat(r.sections().get(0).body().paragraphs()).hasSize(2);
    }

    @Test
    void foreignJsonIsRefusedWithAReason() {
        assertThatThrownBy(() -> ReportJson.read("{\"format\":\"other\"}")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ReportJson.read("[1,2]")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ReportJson.read("{not json")).isInstanceOf(JsonFormatException.class);
        assertThatThrownBy(() -> ReportJson.read("{\"format\":\"reportdesk.report\",\"version\":99}"))
                .hasMessageContaining("newer");
    }
}
