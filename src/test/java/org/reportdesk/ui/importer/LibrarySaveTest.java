package org.reportdesk.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.testing.Fixtures;

/** Found by the import fuzz: a section with neither heading nor text stopped the save half-way. */
class LibrarySaveTest {

    @Test
    void sectionsWithoutHeadingOrTextAreSavedWithTheOthersNotHalfWay() {
        TemplateLibrary library = Fixtures.library(Fixtures.templates());
        int before = library.all().size();
        Section empty = new Section("。", RichText.EMPTY);
        Section parentOfText = new Section("");
        parentOfText.add(new Section("", RichText.ofPlain("完成了校舍安全排查。")));
        List<Section> sections = List.of(new Section("强化队伍建设", RichText.ofPlain("组织培训3期。")), empty, parentOfText,
                new Section("推进课后服务"));

        List<Template> saved = LibrarySave.save(library, sections, TemplateKind.SUMMARY, "综合");

        assertThat(saved).extracting(Template::title).containsExactly("强化队伍建设", "（无标题）", "完成了校舍安全排查。", "推进课后服务");
        assertThat(library.all()).hasSize(before + 4);
    }
}
