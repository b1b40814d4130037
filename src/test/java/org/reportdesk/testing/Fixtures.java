package org.reportdesk.testing;

import java.nio.file.Path;
import java.util.List;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.MetaStore;
import org.reportdesk.store.SearchIndex;
import org.reportdesk.store.TemplateRepository;

/** Our own small skeleton and templates, and services made of in-memory parts. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Template halfYearSkeleton() {
        Section done = new Section("{{时段}}主要工作");
        done.add(new Section("强化队伍建设", RichText.ofPlain("{{单位名称}}组织教师培训【数字】场。")));
        done.add(new Section("推进课后服务", RichText.ofPlain("全区学校课后服务覆盖率达到【数字】%。")));
        Section problems = new Section("存在的问题");
        Section plan = new Section("{{下一时段}}工作计划");
        return Template.of("skeleton.halfyear", "半年工作总结和计划", TemplateKind.SKELETON, "综合", List.of(),
                "{{单位名称}}{{年度}}年{{时段}}工作总结和{{下一时段}}工作计划",
                RichText.ofPlain("{{年度}}年{{时段}}，{{单位名称}}围绕年初目标扎实推进各项工作。现将有关情况报告如下："),
                List.of(done, problems, plan), TemplateSource.BUILTIN);
    }

    public static Template safetySummary() {
        return Template.of("summary.safety", "校园安全工作总结", TemplateKind.SUMMARY, "校园安全", List.of(), "",
                RichText.EMPTY,
                List.of(new Section("筑牢校园安全防线", RichText.ofPlain("{{年度}}年开展安全检查【数字】次。"))),
                TemplateSource.BUILTIN);
    }

    public static InMemoryTemplateRepository templates() {
        return new InMemoryTemplateRepository(List.of(halfYearSkeleton(), safetySummary()));
    }

    public static Services services(Path dataDir, TaskExecutor executor, InMemoryReportRepository reports,
                                    RecordingExportService export) {
        return services(dataDir, executor, reports, templates(), export);
    }

    public static Services services(Path dataDir, TaskExecutor executor, InMemoryReportRepository reports,
                                    TemplateRepository templates, RecordingExportService export) {
        return new Services(dataDir, reports, templates, export, Settings.inMemory(), executor, library(templates));
    }

    /**
     * A library over these templates with an in-memory index. It has no meta store, so only the
     * index start-up ({@code ensureIndexCurrent}) may be used, not {@code startUp(BuiltinLibrary)}.
     */
    public static TemplateLibrary library(TemplateRepository templates) {
        return new TemplateLibrary(templates, SearchIndex.inMemory(), new MetaStore(null));
    }

    public static Services direct(Path dataDir) {
        return services(dataDir, new DirectTaskExecutor(), new InMemoryReportRepository(), new RecordingExportService());
    }
}
