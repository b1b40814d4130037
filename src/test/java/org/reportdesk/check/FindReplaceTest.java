package org.reportdesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Span;

class FindReplaceTest {

    @Test
    void findsInEveryPartInReadingOrderWithPathAndContext() {
        Report r = Reports.clean();
        List<FindReplace.Hit> hits = FindReplace.of("城南区教育局", "", false).find(r);

        assertThat(hits).extracting(h -> h.location().target())
                .containsExactly(TextTarget.TITLE, TextTarget.SIGNATURE);
        assertThat(hits.get(1).where()).isEqualTo("署名");

        List<FindReplace.Hit> schools = FindReplace.of("学校", "", false).find(r);
        assertThat(schools).extracting(FindReplace.Hit::where).containsExactly("一/（二）", "二", "二", "三/（一）");
        assertThat(schools.get(1).context()).contains("个别学校");
    }

    @Test
    void headingsAreSearchedWithoutTheirComputedLabel() {
        Report r = Reports.clean();
        List<FindReplace.Hit> hits = FindReplace.of("^加快", "", true).find(r);
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.location().target()).isEqualTo(TextTarget.HEADING);
            assertThat(h.location().start()).isZero();
            assertThat(h.where()).isEqualTo("三/（一）");
        });
    }

    @Test
    void plainSearchTreatsRegexCharactersLiterally() {
        Report r = Reports.withBody("完成率达到96.3%（含.号）。");
        assertThat(FindReplace.of("3%（含.", "", false).find(r)).singleElement()
                .satisfies(h -> assertThat(h.where()).isEqualTo("二"));
        assertThat(FindReplace.of("(", "", false).find(r)).isEmpty();
    }

    @Test
    void replaceAllChangesEveryHitKeepsStylesAndUndoesInReverse() {
        Report r = Reports.clean();
        r.sections().get(1).setBody(RichText.of(List.of(new Paragraph(List.of(
                new Span("一是学校", true, false, false), Span.plain("不足；二是学校老化。"))))));
        String before = r.sections().get(1).body().plainText();

        List<AppliedFix> applied = FindReplace.of("学校", "校园", false).replaceAll(r);

        assertThat(applied).hasSize(4);
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("一是校园不足；二是校园老化。");
        assertThat(r.sections().get(1).body().paragraphs().get(0).spans().get(0).bold()).isTrue();
        assertThat(r.sections().get(2).children().get(0).heading()).isEqualTo("加快校园建设");
        assertThat(FindReplace.of("学校", "", false).find(r)).isEmpty();
        for (int i = applied.size() - 1; i >= 0; i--) {
            applied.get(i).undo(r);
        }
        assertThat(r.sections().get(1).body().plainText()).isEqualTo(before);
    }

    @Test
    void regexReplacementExpandsGroupsPerHit() {
        Report r = Reports.withBody("参会200人，受训35人。");
        FindReplace fr = FindReplace.of("(\\d+)人", "$1名", true);
        assertThat(fr.find(r)).extracting(FindReplace.Hit::replacement).containsExactly("200名", "35名");
        fr.replaceAll(r);
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("参会200名，受训35名。");
    }

    @Test
    void invalidRegexIsOneClearMessageAndChangesNothing() {
        assertThatThrownBy(() -> FindReplace.of("（[一二", "", true))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("通配模式写得不完整");
        Report r = Reports.withBody("参会200人。");
        assertThatThrownBy(() -> FindReplace.of("(\\d+)人", "$2名", true).replaceAll(r))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("分组");
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("参会200人。");
    }

    @Test
    void emptyMatchesAreNotHits() {
        Report r = Reports.withBody("没有数字。");
        assertThat(FindReplace.of("没有\\d*", "x", true).find(r)).singleElement()
                .satisfies(h -> assertThat(h.matched()).isEqualTo("没有"));
        assertThat(FindReplace.of("(?=字)", "x", true).find(r)).isEmpty();
    }
}
