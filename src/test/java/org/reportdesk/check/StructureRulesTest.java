package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** empty.*, duplicate.* and layout.*. */
class StructureRulesTest {

    @Test
    void emptyHeadingAndHeadingWithoutContent() {
        Report r = Reports.clean();
        r.root().add(new Section("", RichText.ofPlain("只有正文没有标题的一段。")));
        r.root().add(new Section("附则"));
        assertThat(Reports.findings(r, "empty.")).extracting(Finding::rule, Finding::section).containsExactly(
                org.assertj.core.groups.Tuple.tuple("empty.heading", "四"),
                org.assertj.core.groups.Tuple.tuple("empty.section", "五"));
        r.setTitle(" ");
        assertThat(Reports.findings(r, "empty.title")).hasSize(1);
    }

    @Test
    void aHeadingWhoseContentIsInItsSubsectionsIsNotEmpty() {
        Report r = Reports.clean();
        assertThat(r.sections().get(0).body().isEmpty()).isTrue();
        assertThat(Reports.findings(r, "empty.")).isEmpty();
    }

    @Test
    void theSameParagraphInTwoPlaces() {
        String para = "坚持问题导向，聚焦群众急难愁盼，推动教育资源向农村和薄弱学校倾斜。";
        Report r = Reports.clean();
        r.sections().get(0).children().get(1).setBody(RichText.ofPlain(para));
        r.sections().get(2).children().get(0).setBody(RichText.ofPlain("另起一段。\n" + para));
        List<Finding> dup = Reports.findings(r, "duplicate.");
        assertThat(dup).hasSize(1);
        assertThat(dup.get(0).section()).isEqualTo("三/（一）");
        assertThat(dup.get(0).message()).contains("一/（二）");
        assertThat(dup.get(0).location().paragraph()).isEqualTo(1);
    }

    @Test
    void shortRepeatedParagraphsAreFine() {
        Report r = Reports.clean();
        r.sections().get(0).children().get(1).setBody(RichText.ofPlain("成效明显。"));
        r.sections().get(2).children().get(0).setBody(RichText.ofPlain("成效明显。"));
        assertThat(Reports.findings(r, "duplicate.")).isEmpty();
    }

    @Test
    void titleLongerThanTwoLines() {
        Report r = Reports.clean();
        r.setTitle("城南区教育局关于2025年上半年义务教育优质均衡发展和学前教育普及普惠工作情况的总结报告");
        assertThat(Reports.findings(r, "layout.titleTooLong")).hasSize(1);
        r.setTitle("城南区教育局2025年上半年工作总结和下半年工作计划");
        assertThat(Reports.findings(r, "layout.titleTooLong")).isEmpty();
    }

    @Test
    void dateAloneOnTheLastPage() {
        // Title 2 lines + blank = 3; each 51-character paragraph wraps to 2 lines with the indent.
        String para = "全区各级各类学校认真落实立德树人根本任务，持续深化教育教学改革，办学质量稳步提升，群众满意度明显提高。";
        assertThat(para.length()).isEqualTo(51);
        Report r = Reports.clean();
        r.setOpening(RichText.EMPTY);
        for (Section s : List.copyOf(r.sections())) {
            s.detach();
        }
        Section only = new Section("主要工作", RichText.EMPTY);
        r.root().add(only);
        // 3 (title) + 1 (heading) + 2n: n = 9 gives 22 lines, a full page, so the signature starts page 2.
        only.setBody(RichText.ofPlain(String.join("\n", java.util.Collections.nCopies(9, para))));
        List<Finding> alone = Reports.findings(r, "layout.dateAlone");
        assertThat(alone).hasSize(1);
        assertThat(alone.get(0).message()).contains("第2页");
        // n = 7 leaves 4 lines: room for 2 blank lines, the signature and the date.
        only.setBody(RichText.ofPlain(String.join("\n", java.util.Collections.nCopies(7, para))));
        assertThat(Reports.findings(r, "layout.")).isEmpty();
    }
}
