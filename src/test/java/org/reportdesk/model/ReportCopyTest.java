package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportCopyTest {

    @Test
    void aCopyKeepsIdsButLaterEditsOfTheOriginalDoNotReachIt() {
        Report r = new Report();
        r.setId(7L);
        r.setTitle("标题");
        r.setPeriod(Period.YEAR);
        Section top = new Section("主要工作", RichText.ofPlain("正文"));
        top.add(new Section("子节"));
        r.root().add(top);
        r.attachments().add("附件一");
        r.extraFields().put("目标字数", "3000");

        Report c = r.copy();
        top.setHeading("改过的标题");
        top.add(new Section("新增"));
        r.attachments().clear();

        assertThat(c.id()).isEqualTo(7L);
        assertThat(c.period()).isEqualTo(Period.YEAR);
        assertThat(c.sections().get(0).id()).isEqualTo(top.id());
        assertThat(c.sections().get(0).children().get(0).id()).isEqualTo(top.children().get(0).id());
        assertThat(c.sections().get(0).heading()).isEqualTo("主要工作");
        assertThat(c.sections().get(0).children()).hasSize(1);
        assertThat(c.attachments()).containsExactly("附件一");
        assertThat(c.extraFields()).containsEntry("目标字数", "3000");
    }
}
