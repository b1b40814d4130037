package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.TemplateKind;
import picocli.CommandLine;

class TemplatesCommandTest {

    @TempDir
    Path dir;

    private Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void library() {
        data = dir.resolve("data");
        try (CliServices s = CliServices.open(data)) {
            s.library().saveSection(new Section("课后服务", RichText.ofPlain("推进课后服务全覆盖。")), "课后服务工作总结",
                    TemplateKind.SUMMARY, "双减与课后服务", List.of(), false);
            s.library().saveSection(new Section("安全", RichText.ofPlain("课后服务期间加强安全管理。")), "校园安全工作计划",
                    TemplateKind.PLAN, "校园安全", List.of(), false);
            s.library().saveSection(new Section("教研", RichText.ofPlain("集体备课。")), "教研工作总结",
                    TemplateKind.SUMMARY, "教研与教学质量", List.of(), false);
        }
    }

    private int run(String... args) {
        CommandLine cl = Cli.commandLine(dataDir -> { });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        return cl.execute(all.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void searchJsonListsBestMatchFirstWithChineseKindAndSource() throws Exception {
        assertThat(run("templates", "search", "课后服务", "--json")).isZero();
        JsonNode arr = json();
        assertThat(arr).hasSize(2);
        JsonNode first = arr.get(0);
        assertThat(first.get("title").asText()).isEqualTo("课后服务工作总结");
        assertThat(first.get("kind").asText()).isEqualTo("总结");
        assertThat(first.get("topic").asText()).isEqualTo("双减与课后服务");
        assertThat(first.get("source").asText()).isEqualTo("own");
        assertThat(first.get("id").isIntegralNumber()).isTrue();
        assertThat(arr.get(1).get("title").asText()).isEqualTo("校园安全工作计划");
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "title", "kind", "topic", "source");
    }

    @Test
    void kindIsAcceptedAsChineseLabelOrName() throws Exception {
        assertThat(run("templates", "search", "课后服务", "--kind", "计划", "--json")).isZero();
        assertThat(json()).extracting(n -> n.get("title").asText()).containsExactly("校园安全工作计划");
        out.getBuffer().setLength(0);
        assertThat(run("templates", "search", "课后服务", "--kind", "plan", "--json", "--limit", "5")).isZero();
        assertThat(json()).hasSize(1);
        assertThat(run("templates", "search", "课后服务", "--kind", "随便")).isEqualTo(Cli.EXIT_BAD_INPUT);
    }

    @Test
    void listAndExportThenImportIntoAnotherDataFolder() throws Exception {
        assertThat(run("templates", "list", "--json")).isZero();
        assertThat(json()).hasSize(3);
        Path pack = dir.resolve("pack.templates.json");
        out.getBuffer().setLength(0);
        assertThat(run("templates", "export", pack.toString())).isZero();
        assertThat(out.toString()).contains("3");
        assertThat(pack).exists();

        data = dir.resolve("other");
        out.getBuffer().setLength(0);
        assertThat(run("templates", "import", pack.toString())).isZero();
        assertThat(out.toString()).contains("新增 3 个");
        out.getBuffer().setLength(0);
        assertThat(run("templates", "search", "备课", "--json")).isZero();
        assertThat(json().get(0).get("source").asText()).isEqualTo("imported");
    }

    @Test
    void aBadPackExitsWithOneSentenceOnStderr() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"x\"}");
        assertThat(run("templates", "import", bad.toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("不是 ReportDesk 模板包").doesNotContain("Exception");
    }
}
