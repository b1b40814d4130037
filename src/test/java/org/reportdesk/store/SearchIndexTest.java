package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.library.SyntheticTemplates;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

class SearchIndexTest {

    private final SearchIndex index = SearchIndex.inMemory();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void everyTemplateContainingAWordIsFoundAndNoOther() {
        List<Template> templates = new ArrayList<>();
        long id = 1;
        for (Template t : SyntheticTemplates.generate(2000, 42)) {
            templates.add(t.withId(id++));
        }
        index.rebuild(templates, "s");
        Map<Long, String> texts = new HashMap<>();
        for (Template t : templates) {
            texts.put(t.id(), t.title() + "\n" + t.plainText() + "\n" + t.topic() + "\n" + t.kind().label());
        }
        Random rnd = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queries.add(SyntheticTemplates.WORDS.get(rnd.nextInt(SyntheticTemplates.WORDS.size())));
        }
        queries.addAll(List.of("课后服务", "育质", "安", "教", "作风建设", "服务学生", "督导评估"));
        for (String word : queries) {
            Set<Long> expected = templates.stream().filter(t -> texts.get(t.id()).contains(word)).map(Template::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<Long> found = index.search(SearchQuery.of(word).withLimit(10_000)).stream().map(SearchHit::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (word.length() <= 3) {
                assertThat(found).as("templates containing %s", word).isEqualTo(expected);
            } else {
                // Longer words also find their two-character pieces scattered, ranked lower.
                assertThat(found).as("templates containing %s", word).containsAll(expected);
                List<String> pieces = List.of(word.substring(0, 2), word.substring(2, 4));
                for (Template t : templates) {
                    if (found.contains(t.id()) && !expected.contains(t.id())) {
                        assertThat(pieces).allMatch(p -> texts.get(t.id()).contains(p));
                    }
                }
            }
        }
    }

    @Test
    void aTwoCharacterWordInsideASentenceIsFound() {
        index.rebuild(List.of(template(1, "学生资助", "全面落实国家资助政策，确保家庭经济困难学生应助尽助。")), "s");
        assertThat(ids("资助政策")).containsExactly(1L);
        assertThat(ids("困难")).containsExactly(1L);
        assertThat(ids("经")).containsExactly(1L);
        assertThat(ids("助政")).containsExactly(1L);
        assertThat(ids("政助")).isEmpty();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatch() {
        index.rebuild(List.of(
                template(1, "校园安全", "严格落实课后服务的安全责任。"),
                template(2, "课后服务", "提升质量。"),
                template(3, "教师队伍", "加强培训。")), "s");
        assertThat(ids("课后服务")).containsExactly(2L, 1L);
    }

    @Test
    void theWholePhraseRanksAboveItsPiecesScattered() {
        index.rebuild(List.of(
                template(1, "工作一", "课后辅导有序开展，家长服务热线畅通。"),
                template(2, "工作二", "课后服务全面覆盖。")), "s");
        List<SearchHit> hits = index.search(SearchQuery.of("课后服务"));
        assertThat(hits).extracting(SearchHit::id).containsExactly(2L, 1L);
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    }

    @Test
    void onEqualRelevanceFavouritesAndMostUsedComeFirst() {
        index.rebuild(List.of(
                flags(template(1, "德育工作甲", "立德树人。"), false, 0),
                flags(template(2, "德育工作乙", "立德树人。"), false, 9),
                flags(template(3, "德育工作丙", "立德树人。"), true, 0),
                flags(template(4, "体育工作", "德育为先，立德树人。"), true, 50)), "s");
        // 4 is a favourite used 50 times, but "德育" is only in its body: relevance first.
        assertThat(ids("德育")).containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void kindAndTopicFilterAndHiddenTemplatesAreLeftOutUnlessAsked() {
        Template hidden = template(3, "安全检查", "校园安全隐患排查。");
        hidden = new Template(3L, null, hidden.title(), TemplateKind.SUMMARY, "校园安全", List.of(), "", null,
                hidden.sections(), TemplateSource.BUILTIN, false, true, 0, null, null, null);
        index.rebuild(List.of(
                new Template(1L, null, "安全工作计划", TemplateKind.PLAN, "校园安全", List.of(), "", null,
                        List.of(new Section("安全", RichText.ofPlain("防溺水。"))), TemplateSource.OWN, false, false, 0,
                        null, null, null),
                new Template(2L, null, "安全工作总结", TemplateKind.SUMMARY, "校园安全", List.of(), "", null,
                        List.of(new Section("安全", RichText.ofPlain("消防。"))), TemplateSource.OWN, false, false, 0,
                        null, null, null),
                new Template(4L, null, "食品安全总结", TemplateKind.SUMMARY, "学生资助与教育帮扶", List.of(), "", null,
                        List.of(), TemplateSource.OWN, false, false, 0, null, null, null),
                hidden), "s");
        assertThat(ids(SearchQuery.of("安全"))).containsExactlyInAnyOrder(1L, 2L, 4L);
        assertThat(ids(SearchQuery.of("安全").withKind(TemplateKind.PLAN))).containsExactly(1L);
        assertThat(ids(SearchQuery.of("安全").withKind(TemplateKind.SUMMARY).withTopic("校园安全"))).containsExactly(2L);
        assertThat(index.search(SearchQuery.of("安全").includingHidden()))
                .filteredOn(SearchHit::hidden).extracting(SearchHit::id).containsExactly(3L);
        assertThat(ids(SearchQuery.of(""))).containsExactlyInAnyOrder(1L, 2L, 4L);
    }

    @Test
    void blankOrPunctuationListsAllVisibleFavouritesAndMostUsedFirst() {
        index.rebuild(List.of(
                flags(template(1, "甲", "一。"), false, 1),
                flags(template(2, "乙", "二。"), false, 5),
                flags(template(3, "丙", "三。"), true, 0)), "s");
        assertThat(ids("")).containsExactly(3L, 2L, 1L);
        assertThat(ids(" ，。！ ")).containsExactly(3L, 2L, 1L);
    }

    @Test
    void matchesAreReturnedAsRangesOfTitleAndSnippet() {
        String body = "坚持立德树人根本任务，" + "着力提升教育质量。".repeat(12) + "深入推进课后服务提质增效，家长满意度明显提升。";
        index.rebuild(List.of(template(1, "课后服务工作总结", body)), "s");
        SearchHit hit = index.search(SearchQuery.of("课后服务")).get(0);
        assertThat(hit.titleMatches()).containsExactly(new Match(0, 4));
        assertThat(hit.snippet()).startsWith("…").contains("深入推进课后服务提质增效");
        assertThat(hit.snippet().length()).isLessThanOrEqualTo(82);
        assertThat(hit.snippetMatches()).hasSize(1);
        Match m = hit.snippetMatches().get(0);
        assertThat(hit.snippet().substring(m.start(), m.end())).isEqualTo("课后服务");
    }

    @Test
    void scatteredPiecesAreHighlightedWhenTheWholeWordIsNotThere() {
        index.rebuild(List.of(template(1, "课后辅导与家长服务", "内容。")), "s");
        SearchHit hit = index.search(SearchQuery.of("课后服务")).get(0);
        assertThat(hit.titleMatches()).containsExactly(new Match(0, 2), new Match(7, 9));
    }

    @Test
    void fullWidthLatinAndDigitsMatchHalfWidth() {
        index.rebuild(List.of(template(1, "ＰＰＴ与2025年计划", "内容。")), "s");
        assertThat(ids("ppt")).containsExactly(1L);
        assertThat(ids("２０２５年")).containsExactly(1L);
    }

    @Test
    void updatesAndRemovalsShowAtOnceAndTheStampSurvivesAReopen() {
        try (SearchIndex disk = SearchIndex.open(dir)) {
            assertThat(disk.isCurrent("a")).isFalse();
            disk.rebuild(List.of(template(1, "教研工作", "集体备课。")), "a");
            disk.put(template(2, "教研活动", "听评课。"), "b");
            assertThat(disk.search(SearchQuery.of("教研"))).hasSize(2);
            disk.remove(1, "c");
            assertThat(disk.search(SearchQuery.of("教研"))).extracting(SearchHit::id).containsExactly(2L);
        }
        try (SearchIndex reopened = SearchIndex.open(dir)) {
            assertThat(reopened.isCurrent("c")).isTrue();
            assertThat(reopened.size()).isEqualTo(1);
        }
    }

    @Test
    void searchesRunWhileTemplatesAreBeingSaved() throws Exception {
        index.rebuild(List.of(template(1, "教研工作", "集体备课。")), "s");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    int last = 0;
                    for (int i = 0; i < 200; i++) {
                        int n = index.search(SearchQuery.of("教研").withLimit(1000)).size();
                        assertThat(n).isGreaterThanOrEqualTo(last);
                        last = n;
                    }
                    return last;
                }));
            }
            for (long id = 2; id <= 101; id++) {
                index.put(template(id, "教研活动" + id, "听评课。"), "s" + id);
            }
            for (java.util.concurrent.Future<Integer> f : readers) {
                assertThat(f.get()).isBetween(1, 101);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(index.search(SearchQuery.of("教研").withLimit(1000))).hasSize(101);
    }

    private List<Long> ids(String q) {
        return ids(SearchQuery.of(q));
    }

    private List<Long> ids(SearchQuery q) {
        return index.search(q).stream().map(SearchHit::id).toList();
    }

    static Template template(long id, String title, String body) {
        Section s = new Section(title, RichText.ofPlain(body));
        return Template.of(null, title, TemplateKind.SUMMARY, "综合", List.of(), "", null, List.of(s), TemplateSource.OWN)
                .withId(id);
    }

    static Template flags(Template t, boolean favourite, int usage) {
        return new Template(t.id(), t.key(), t.title(), t.kind(), t.topic(), t.tags(), t.titlePattern(), t.opening(),
                t.sections(), t.source(), favourite, t.hidden(), usage, null, null, null);
    }
}
