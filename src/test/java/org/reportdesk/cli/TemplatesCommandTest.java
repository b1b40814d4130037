package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            s.library().saveSection(new Section("晨读打卡", RichText.ofPlain("推进晨读打卡全覆盖。")), "晨读打卡工作总结",
                    TemplateKind.SUMMARY, "双减与课后服务", List.of(), false);
            s.library().saveSection(new Section("安全", RichText.ofPlain("晨读打卡期间加强安全管理。")), "校园安全工作计划",
                    TemplateKind.PLAN, "校园安全", List.of(), false);
            s.library().saveSection(new Section("教研", RichText.ofPlain("云端备课。")), "教研工作总结",
                    TemplateKind.SUMMARY, "教研与教学质量", List.of(), false);
        }
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(data.toString());
        return CliRun.execute(out, err, all.toArray(String[]::new));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void searchJsonListsBestMatchFirstWithChineseKindAndSource() throws Exception {
        assertThat(run("templates", "search", "晨读打卡", "--json")).isZero();
        JsonNode arr = json();
        assertThat(arr).hasSize(2);
        JsonNode first = arr.get(0);
        assertThat(first.get("title").asText()).isEqualTo("晨读打卡工作总结");
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
        assertThat(run("templates", "search", "晨读打卡", "--kind", "计划", "--json")).isZero();
        assertThat(json()).extracting(n -> n.get("title").asText()).containsExactly("校园安全工作计划");
        out.getBuffer().setLength(0);
        assertThat(run("templates", "search", "晨读打卡", "--kind", "plan", "--json", "--limit", "5")).isZero();
        assertThat(json()).hasSize(1);
        assertThat(run("templates", "search", "晨读打卡", "--kind", "随便")).isEqualTo(Cli.EXIT_BAD_INPUT);
    }

    @Test
    void listAndExportThenImportIntoAnotherDataFolder() throws Exception {
        assertThat(run("templates", "list", "--json")).isZero();
        assertThat(json()).filteredOn(n -> n.get("source").asText().equals("own")).hasSize(3);
        assertThat(json()).filteredOn(n -> n.get("source").asText().equals("builtin")).isNotEmpty();
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
        assertThat(run("templates", "search", "云端备课", "--json")).isZero();
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
