package org.reportdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CliRun.execute(out, err, args);
    }

    private static Report report(String body) {
        Report r = new Report();
        r.setTitle("城北县教育局2025年学生资助工作总结");
        r.setYear(2025);
        r.setPeriod(Period.YEAR);
        r.setOpening(RichText.ofPlain("现将全年学生资助工作情况报告如下："));
        Section main = new Section("主要做法");
        main.add(new Section("精准认定资助对象", RichText.ofPlain(body)));
        r.root().add(main);
        r.setSignature("城北县教育局");
        r.setDate("2025年12月20日");
        return r;
    }

    private Path write(Report r) {
        Path p = dir.resolve("资助总结.report.json");
        ReportFiles.writeReportFile(r, p);
        return p;
    }

    @Test
    void jsonListsFindingsAndExitsOneOnErrors() throws Exception {
        Path p = write(report("全年共资助学生xx人次,发放资金1.5亿元。"));
        int code = run("check", p.toString(), "--json");
        assertThat(code).isEqualTo(Cli.EXIT_FINDINGS);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        JsonNode first = json.get(0);
        assertThat(first.get("rule").asText()).isEqualTo("placeholder.marker");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("section").asText()).isEqualTo("一/（一）");
        assertThat(first.get("excerpt").asText()).contains("xx人次");
        assertThat(first.get("message").asText()).contains("xx");
        assertThat(json.get(1).get("rule").asText()).isEqualTo("punctuation.halfWidth");
        assertThat(json.get(1).get("severity").asText()).isEqualTo("warning");
        assertThat(first.size()).isEqualTo(5);
    }

    @Test
    void cleanReportExitsZeroWithAnEmptyArray() throws Exception {
        Path p = write(report("全年共资助学生3260人次，发放资金1.5亿元。"));
        assertThat(run("check", p.toString(), "--json")).isEqualTo(Cli.EXIT_OK);
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
    }

    @Test
    void warningsAloneExitZero() {
        Path p = write(report("全年共资助学生3260人次,发放资金1.5亿元。"));
        assertThat(run("check", p.toString())).isEqualTo(Cli.EXIT_OK);
        assertThat(out.toString()).contains("警告", "一/（一）", "punctuation.halfWidth", "0 个错误、1 个警告");
    }

    @Test
    void humanListingNamesSectionsAndRules() {
        Path p = write(report("全年共资助学生xx人次。"));
        assertThat(run("check", p.toString())).isEqualTo(Cli.EXIT_FINDINGS);
        assertThat(out.toString()).contains("错误  一/（一）", "[placeholder.marker]", "1 个错误");
    }

    @Test
    void unreadableFilesExitTwo() throws Exception {
        assertThat(run("check", dir.resolve("没有这个文件.report.json").toString())).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("找不到文件");
        Path broken = dir.resolve("坏文件.report.json");
        Files.writeString(broken, "{ not json", StandardCharsets.UTF_8);
        assertThat(run("check", broken.toString(), "--json")).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(out.toString()).isEmpty();
    }
}
