package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;

class ImportCommandsTest {

    private static final String COLLECTION = String.join("\n",
            "学校安全工作计划（合集2篇）",
            "篇1：学校安全工作计划",
            "一、工作目标",
            "全年不发生安全责任事故。",
            "篇2：学校安全工作计划",
            "一、主要措施",
            "（一）加强门卫管理。外来人员登记后进入。",
            "");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    @Test
    void outlineJsonHasExactlyTheDocumentedShape() throws Exception {
        Path f = dir.resolve("plan.txt");
        Files.writeString(f, COLLECTION, StandardCharsets.UTF_8);
        assertThat(run("outline", "--json", "--split", f.toString())).isEqualTo(Cli.EXIT_OK);
        JsonNode arr = new ObjectMapper().readTree(out.toString());
        assertThat(arr).hasSize(2);
        assertThat(fieldNames(arr.get(0))).containsExactly("title", "opening", "sections");
        JsonNode section = arr.get(1).get("sections").get(0);
        assertThat(fieldNames(section)).containsExactly("heading", "text", "children");
        assertThat(section.get("heading").asText()).isEqualTo("主要措施");
        JsonNode child = section.get("children").get(0);
        assertThat(child.get("heading").asText()).isEqualTo("加强门卫管理。");
        assertThat(child.get("text").asText()).isEqualTo("外来人员登记后进入。");
    }

    @Test
    void outlineWithoutSplitPrintsTheFirstPieceAndWarns() throws Exception {
        Path f = dir.resolve("plan.txt");
        Files.writeString(f, COLLECTION, StandardCharsets.UTF_8);
        assertThat(run("outline", "--json", f.toString())).isEqualTo(Cli.EXIT_OK);
        assertThat(new ObjectMapper().readTree(out.toString())).hasSize(1);
        assertThat(err.toString()).contains("2");
    }

    @Test
    void plainOutlineIsAnIndentedNumberedTree() throws Exception {
        Path f = dir.resolve("plan.txt");
        Files.writeString(f, "某校工作计划\n一、主要措施\n（一）加强门卫管理。外来人员登记后进入。\n", StandardCharsets.UTF_8);
        assertThat(run("outline", f.toString())).isEqualTo(Cli.EXIT_OK);
        assertThat(out.toString().split("\\R")).containsExactly("某校工作计划", "  一、主要措施", "    （一）加强门卫管理。");
    }

    @Test
    void importWritesOneReportFilePerPieceWithSplit() throws Exception {
        Path f = dir.resolve("plan.txt");
        Files.writeString(f, COLLECTION, StandardCharsets.UTF_8);
        Path target = dir.resolve("out.report.json");
        assertThat(run("import", f.toString(), "--split", "-o", target.toString())).isEqualTo(Cli.EXIT_OK);
        Path one = dir.resolve("out-1.report.json");
        Path two = dir.resolve("out-2.report.json");
        assertThat(out.toString()).contains(one.toString(), two.toString());
        Report r = ReportFiles.readReportFile(two);
        assertThat(r.sections().get(0).heading()).isEqualTo("主要措施");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void importWithoutOutputWritesBesideTheFile() throws Exception {
        Path f = dir.resolve("summary.md");
        Files.writeString(f, "# 某县教育局工作总结\n\n## 一、主要工作\n\n开展培训3期。\n", StandardCharsets.UTF_8);
        assertThat(run("import", f.toString())).isEqualTo(Cli.EXIT_OK);
        Report r = ReportFiles.readReportFile(dir.resolve("summary.report.json"));
        assertThat(r.title()).isEqualTo("某县教育局工作总结");
        assertThat(r.sections().get(0).body().plainText()).isEqualTo("开展培训3期。");
    }

    @Test
    void badInputExitsWithTwoAndOneLineAndWritesNothing() throws Exception {
        Path f = dir.resolve("broken.docx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(run("import", f.toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(err.toString().strip().split("\\R")).hasSize(1);
        assertThat(err.toString()).contains("broken.docx");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("broken.docx");
        }
        assertThat(run("outline", dir.resolve("missing.txt").toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
