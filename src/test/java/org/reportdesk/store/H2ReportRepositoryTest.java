package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class H2ReportRepositoryTest {

    private final Database db = Database.inMemory("reports-" + UUID.randomUUID());
    private final H2ReportRepository repo = new H2ReportRepository(db);

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listIsMostRecentFirstWithCharacterCounts() throws InterruptedException {
        Report a = report("甲报告", "正文一二三");
        repo.save(a);
        Thread.sleep(5);
        Report b = report("乙报告", "正文");
        repo.save(b);
        Thread.sleep(5);
        a.setTitle("甲报告（修改）");
        repo.save(a);

        assertThat(repo.list()).extracting(s -> s.title()).containsExactly("甲报告（修改）", "乙报告");
        assertThat(repo.list().get(0).characters()).isEqualTo(
                org.reportdesk.text.CharCounter.count(a));
    }

    @Test
    void saveThenLoadGivesTheSameOutline() {
        Report r = report("标题", "第一段\n第二段");
        r.sections().get(0).add(new Section("子节"));
        long id = repo.save(r).id();
        Report back = repo.load(id);
        assertThat(back.sections().get(0).children().get(0).numberedHeading()).isEqualTo("（一）子节");
        assertThat(back.sections().get(0).body().plainText()).isEqualTo("第一段\n第二段");
        assertThat(back.createdAt()).isNotNull();
    }

    @Test
    void missingReportsAreAClearError() {
        assertThatThrownBy(() -> repo.load(42)).isInstanceOf(StoreException.class).hasMessageContaining("不存在");
        repo.delete(42);
    }

    private static Report report(String title, String body) {
        Report r = new Report();
        r.setTitle(title);
        r.root().add(new Section("主要工作", RichText.ofPlain(body)));
        return r;
    }
}
