package org.reportdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.docx.ExportProfiles;
import org.reportdesk.docx.SampleReports;
import org.reportdesk.docx.SignatureMode;
import org.reportdesk.services.Importer;
import org.reportdesk.library.BuiltinLibrary;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.text.ImportOptions;

/**
 * The reports the layout is compared on: generated reports of various lengths (with Latin text,
 * digits, brackets and attachments), the built-in skeleton reports, the web copies in
 * shared/examples imported, each with the profile it is exported with.
 */
public final class LayoutCorpus {

    /** One report of the corpus. */
    public record Item(String name, Report report, ExportProfile profile) {
    }

    private LayoutCorpus() {
    }

    /** {@code full}: the benchmark's corpus; otherwise a quicker subset for the test. */
    public static List<Item> items(boolean full) {
        List<Item> out = new ArrayList<>();
        ExportProfile std = ExportProfile.standard();
        out.add(new Item("small", SampleReports.small(), std));
        out.add(new Item("three-pages", SampleReports.threePages(), std));
        out.add(new Item("three-pages-local-noseal", SampleReports.threePages(), ExportProfiles.LOCAL.withSignatureMode(SignatureMode.NO_SEAL)));
        out.add(new Item("mixed-latin", mixed(), std));
        int[][] sizes = full ? new int[][] {{3000, 10}, {8000, 20}, {15000, 30}, {30000, 60}} : new int[][] {{8000, 20}};
        for (int[] s : sizes) {
            out.add(new Item("generated-" + s[0], SampleReports.large(s[0], s[1]), std));
        }
        List<org.reportdesk.model.Template> skeletons = new BuiltinLibrary().load().stream()
                .filter(t -> t.kind() == TemplateKind.SKELETON).toList();
        int n = 0;
        for (org.reportdesk.model.Template t : skeletons) {
            if (!full && n >= 3) {
                break;
            }
            out.add(new Item("skeleton-" + t.key(), ReportFactory.fromSkeleton(t, "云溪县教育局", 2025, Period.FIRST_HALF), std));
            n++;
        }
        Path examples = examplesFolder();
        if (examples != null) {
            try (Stream<Path> files = Files.list(examples)) {
                int i = 0;
                for (Path p : files.sorted().toList()) {
                    for (Report r : new Importer().importFile(p, ImportOptions.defaults()).reports()) {
                        if (!full && i >= 3) {
                            break;
                        }
                        out.add(new Item("example-" + p.getFileName() + "-" + (i++), r, std));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return out;
    }

    private static Path examplesFolder() {
        for (Path p : List.of(Path.of("../shared/examples"), Path.of("../../shared/examples"), Path.of("/work/shared/examples"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** Latin words, numbers, percentages, brackets and quotes: where line breaking is hardest. */
    static Report mixed() {
        Report r = SampleReports.small();
        StringBuilder sb = new StringBuilder();
        String[] parts = {"全县共有中小学校126所，在校生52,318人，专任教师4,210人，师生比为1:12.4。",
            "“互联网+教育”示范项目覆盖率达到98.5%，建成AI智慧课堂(Smart Classroom)示范校15所。",
            "（一）组织开展“双减”专项督查3轮，发现问题47个，已整改45个，整改率95.7%。",
            "全年完成投资2.36亿元，较上年增长12.8%；新建塑胶运动场8个、风雨操场3个，《学校安全管理办法》修订完成。",
            "教师信息技术应用能力提升工程2.0全面完成，参训率100%，合格率99.2%，WiFi 6网络覆盖全部教室。"};
        for (int i = 0; i < 12; i++) {
            sb.append(parts[i % parts.length]);
            if (i % 3 == 2) {
                sb.append('\n');
            }
        }
        r.root().add(new Section("主要数据", RichText.ofPlain(sb.toString())));
        return r;
    }
}
