package org.reportdesk.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** The 1,000,000-character limit holds for every field of a report; files may not nest below four levels; packs are bounded. */
class EveryFieldLimitTest {

    @TempDir
    Path tmp;

    private static final String OVER = "字".repeat(ReportLimits.MAX_CHARS + 1);

    private Path file(Consumer<Report> fill) throws Exception {
        Report r = new Report();
        r.setTitle("工作总结");
        r.root().add(new Section("一", RichText.ofPlain("正文。")));
        fill.accept(r);
        return Files.writeString(tmp.resolve("r" + System.nanoTime() + ".report.json"), ReportJson.write(r));
    }

    @Test
    void everyFieldCountsTowardsTheLimit() throws Exception {
        for (Consumer<Report> fill : java.util.List.<Consumer<Report>>of(
                r -> r.setSignature(OVER), r -> r.attachments().add(OVER), r -> r.extraFields().put("联系人", OVER),
                r -> r.setUnit(OVER), r -> r.setRecipient(OVER), r -> r.setDate(OVER))) {
            Path p = file(fill);
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> ReportFiles.readReportFile(p))
                    .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("limits.tooLarge"));
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
        }
        Report half = new Report();
        half.setSignature("字".repeat(ReportLimits.MAX_CHARS / 2));
        half.attachments().add("字".repeat(ReportLimits.MAX_CHARS / 2));
        assertThat(ReportLimits.isWithin(half)).isTrue();
        half.extraFields().put("x", "y");
        assertThat(ReportLimits.isWithin(half)).as("the sum counts, not each field alone").isFalse();
    }

    @Test
    void sectionsBelowTheFourthLevelAreRefusedFromAFile() throws Exception {
        Path ok = file(r -> {
            Section s = r.sections().get(0);
            for (int i = 2; i <= 4; i++) {
                Section c = new Section("第" + i + "级");
                s.add(c);
                s = c;
            }
        });
        assertThat(ReportFiles.readReportFile(ok).allSections()).hasSize(4);
        Path deep = file(r -> {
            Section s = r.sections().get(0);
            for (int i = 2; i <= 5; i++) {
                Section c = new Section("第" + i + "级");
                s.add(c);
                s = c;
            }
        });
        assertThatThrownBy(() -> ReportFiles.readReportFile(deep))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("limits.tooLarge"));
    }

    @Test
    void aPackHoldsAtMostTenThousandTemplates() throws Exception {
        StringBuilder b = new StringBuilder("{\"format\":\"reportdesk.templates\",\"version\":1,\"templates\":[");
        for (int i = 0; i <= TemplatePacks.MAX_TEMPLATES; i++) {
            b.append(i == 0 ? "" : ",").append("{\"title\":\"t").append(i).append("\",\"kind\":\"SUMMARY\"}");
        }
        Path pack = Files.writeString(tmp.resolve("many.templates.json"), b.append("]}").toString());
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> TemplatePacks.read(pack))
                .satisfies(e -> assertThat(((UserFacingException) e).key()).isEqualTo("library.packTooMany"));
        System.out.printf("pack of %,d templates refused in %d ms%n", TemplatePacks.MAX_TEMPLATES + 1,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
