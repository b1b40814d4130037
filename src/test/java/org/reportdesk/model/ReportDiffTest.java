package org.reportdesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.json.ReportJson;

class ReportDiffTest {

    private static Report older() {
        Report r = new Report();
        r.setTitle("工作总结");
        Section a = new Section("a", "主要工作", false, RichText.ofPlain("新增学位800个。"));
        a.add(new Section("a1", "学前教育", false, RichText.ofPlain("新建幼儿园3所。")));
        r.root().add(a);
        r.root().add(new Section("b", "存在问题", false, RichText.ofPlain("师资不足。")));
        r.root().add(new Section("c", "下步打算", false, RichText.ofPlain("补充教师。")));
        return r;
    }

    private static Report copy(Report r) {
        return ReportJson.read(ReportJson.write(r));
    }

    @Test
    void sectionsAreMatchedByIdThenByHeading() {
        Report old = older();
        Report now = copy(old);
        now.findSection("a").setBody(RichText.ofPlain("新增学位900个。"));
        now.findSection("c").detach();
        now.root().add(new Section("other-id", "下步打算", false, RichText.ofPlain("补充教师。")));
        now.root().add(new Section("新加的一节"));
        now.findSection("b").detach();

        List<SectionChange> d = ReportDiff.compare(old, now);
        assertThat(d).extracting(c -> c.shown().heading() + ":" + c.kind()).containsExactly(
                "主要工作:CHANGED", "学前教育:UNCHANGED", "下步打算:UNCHANGED", "新加的一节:ADDED", "存在问题:REMOVED");
    }

    @Test
    void restoringAChangedSectionBringsBackItsTextAndKeepsItsSubsections() {
        Report old = older();
        Report now = copy(old);
        now.findSection("a").setBody(RichText.ofPlain("改坏了"));
        SectionChange change = ReportDiff.compare(old, now).get(0);
        opened(now).restoreSection(change);
        assertThat(now.findSection("a").body().plainText()).isEqualTo("新增学位800个。");
        assertThat(now.findSection("a").children()).hasSize(1);
        assertThat(ReportDiff.compare(old, now)).allMatch(c -> c.kind() == SectionChange.Kind.UNCHANGED);
    }

    @Test
    void restoringARemovedSectionPutsItBackAtItsOldPlace() {
        Report old = older();
        Report now = copy(old);
        now.findSection("a1").detach();
        now.findSection("b").detach();
        org.reportdesk.session.ReportSession session = opened(now);
        for (SectionChange c : ReportDiff.compare(old, now)) {
            if (c.kind() == SectionChange.Kind.REMOVED) {
                session.restoreSection(c);
            }
        }
        assertThat(now.allSections()).extracting(Section::numberedHeading)
                .containsExactly("一、主要工作", "（一）学前教育", "二、存在问题", "三、下步打算");
    }

    /** Restoring goes through the report session, which owns the open report. */
    private static org.reportdesk.session.ReportSession opened(Report r) {
        org.reportdesk.session.ReportSession session = new org.reportdesk.session.ReportSession();
        session.open(r);
        return session;
    }
}
