package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportdesk.services.Importer;
import org.reportdesk.json.OutlineJson;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** The project's own fixtures, one per pattern of pasted web text, each with the outline it must give. */
class FixtureOutlineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Path fixture(String name) {
        try {
            return Paths.get(FixtureOutlineTest.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult importFixture(String name) {
        return new Importer().importFile(fixture(name), ImportOptions.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-teaser.txt", "collection-daquan.txt", "collection-markdown.md",
        "numbering-variants.txt", "headings-lost.txt", "broken-lines.txt", "traditional-pinyin.txt",
        "punctuation-spaces.txt", "tail-recipient.txt", "markdown-unlabelled-heading.md"})
    void fixtureGivesItsExpectedOutline(String name) throws Exception {
        String base = name.substring(0, name.lastIndexOf('.'));
        JsonNode expected = JSON.readTree(Files.readString(fixture(base + ".expected.json")));
        JsonNode actual = JSON.readTree(OutlineJson.write(importFixture(name).reports()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void siteFurnitureAndTeaserAreRemovedAndRecorded() {
        ImportResult r = importFixture("furniture-teaser.txt");
        String all = PlainTextWriter.write(r.first());
        assertThat(all).doesNotContain("登录", "您现在的位置", "作者", "字号", "小编", "第1页", "上一篇", "...");
        assertThat(r.changes()).extracting(ImportChange::kind).contains(ImportChange.Kind.SITE_FURNITURE,
                ImportChange.Kind.TEASER, ImportChange.Kind.PAGE_NUMBER);
        assertThat(r.changes()).filteredOn(c -> c.kind() == ImportChange.Kind.TEASER)
                .singleElement().satisfies(c -> assertThat(c.line()).isEqualTo(3));
    }

    @Test
    void collectionsSplitIntoOneReportEach() {
        assertThat(importFixture("collection-daquan.txt").reports()).hasSize(3)
                .allSatisfy(r -> assertThat(r.title()).isEqualTo("学校安全工作计划"));
        assertThat(importFixture("collection-markdown.md").reports()).hasSize(2);
    }

    @Test
    void withoutSplittingOnlyTheFirstPieceIsImportedAndTheUserIsWarned() {
        ImportResult r = new Importer().importFile(fixture("collection-daquan.txt"),
                ImportOptions.defaults().withSplitCollections(false));
        assertThat(r.reports()).hasSize(1);
        assertThat(r.warnings()).extracting(ImportWarning::key).contains("import.warning.collectionNotSplit");
    }

    @Test
    void levelsFollowTheLabelsNotTheMarkdownDepth() {
        Report r = importFixture("collection-markdown.md").first();
        assertThat(r.sections()).extracting(Section::heading).containsExactly("总体要求", "重点任务", "保障措施");
        assertThat(r.sections().get(1).children()).allSatisfy(s -> assertThat(s.depth()).isEqualTo(2));
        assertThat(r.title()).doesNotContain("#");
    }

    @Test
    void aMarkdownHeadingWithoutLabelTakesTheRestartedRunAsChildren() {
        Report r = importFixture("markdown-unlabelled-heading.md").first();
        assertThat(r.sections()).extracting(Section::heading).containsExactly("", "2025年工作打算");
        assertThat(r.sections().get(0).needsReview()).isTrue();
        assertThat(r.sections().get(1).needsReview()).isFalse();
        assertThat(r.sections()).allSatisfy(s -> assertThat(s.children()).hasSize(2));
    }

    @Test
    void runInHeadingsAreSplitAtTheFirstFullStop() {
        Section moral = importFixture("numbering-variants.txt").first().sections().get(0).children().get(0);
        assertThat(moral.heading()).isEqualTo("德育工作。");
        assertThat(moral.runIn()).isTrue();
        assertThat(moral.body().plainText()).isEqualTo("开展主题班会48次。");
        Section plain = importFixture("numbering-variants.txt").first().sections().get(0);
        assertThat(plain.runIn()).isFalse();
    }

    @Test
    void restartedNumberingCreatesParentsFlaggedForReview() {
        ImportResult r = importFixture("headings-lost.txt");
        List<Section> top = r.first().sections();
        assertThat(top).hasSize(3).allSatisfy(s -> {
            assertThat(s.heading()).isEmpty();
            assertThat(s.needsReview()).isTrue();
            assertThat(s.children()).hasSize(2);
        });
        assertThat(r.warnings()).extracting(ImportWarning::key).contains("import.warning.missingHeadings");
    }

    @Test
    void recipientAttachmentsSignatureAndDateAreKeptApart() {
        Report r = importFixture("tail-recipient.txt").first();
        assertThat(r.recipient()).isEqualTo("县人民政府");
        assertThat(r.attachments()).containsExactly("秋季学期开学工作检查情况汇总表", "开学安全隐患排查整改清单");
        assertThat(r.signature()).isEqualTo("某县教育局");
        assertThat(r.date()).isEqualTo("2024年9月5日");
        assertThat(r.sections().get(1).body().plainText()).isEqualTo("部分农村学校音体美教师仍然短缺。");
    }

    @Test
    void aRejectedChangeLeavesItsLineAsItWas() {
        ImportResult first = importFixture("traditional-pinyin.txt");
        ImportChange pinyin = first.changes().stream().filter(c -> c.kind() == ImportChange.Kind.PINYIN && c.line() == 2)
                .findFirst().orElseThrow();
        ImportChange convert = first.changes().stream().filter(c -> c.kind() == ImportChange.Kind.TRADITIONAL && c.line() == 1)
                .findFirst().orElseThrow();
        ImportResult again = new Importer().importFile(fixture("traditional-pinyin.txt"),
                ImportOptions.defaults().withRejected(Set.of(pinyin.id(), convert.id())));
        assertThat(again.first().title()).isEqualTo("某縣教育局2024年工作總結");
        // only the rejected step is left undone on its line; the others still apply
        assertThat(again.first().opening().plainText()).contains("发（fā）展");
        assertThat(again.changes()).extracting(ImportChange::id).doesNotContain(pinyin.id(), convert.id());
    }

    @Test
    void verbatimImportChangesNothingButTheOutline() {
        ImportResult r = new Importer().importFile(fixture("punctuation-spaces.txt"), ImportOptions.verbatim());
        assertThat(r.first().opening().plainText()).isEqualTo("2024年,我校将围绕\"双减\"要求, 全面提升课后服务质量;具体安排如下:");
        assertThat(r.changes()).isEmpty();
    }
}
