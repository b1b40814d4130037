package org.reportdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportdesk.services.Importer;
import org.reportdesk.check.CheckResult;
import org.reportdesk.check.Finding;
import org.reportdesk.check.Preflight;
import org.reportdesk.check.Severity;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FILE [--json]}: preflight findings; exit 0 clean, 1 errors found, 2 unreadable. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Preflight a report: placeholders, numbering, punctuation, years, dates, layout.")
public final class CheckCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "a report file or any importable file")
    Path file;

    @Option(names = "--json", description = "print findings as a JSON array")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Report> reports = Importer.readReports(file);
        Preflight preflight = new Preflight();
        List<Finding> findings = new ArrayList<>();
        for (Report r : reports) {
            CheckResult result = preflight.check(r);
            findings.addAll(result.findings());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(toJson(findings)));
        } else {
            printListing(findings, out);
        }
        out.flush();
        boolean errors = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? Cli.EXIT_FINDINGS : Cli.EXIT_OK;
    }

    static ArrayNode toJson(List<Finding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("section", f.section());
            o.put("excerpt", f.excerpt());
            o.put("message", f.message());
        }
        return array;
    }

    private static void printListing(List<Finding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println(Messages.get("check.cli.clean"));
            return;
        }
        for (Finding f : findings) {
            String excerpt = f.excerpt().isEmpty() ? "" : "  「" + f.excerpt() + "」";
            out.println(Messages.get("check.severity." + f.severity().id()) + "  " + f.section() + "  "
                    + f.message() + excerpt + "  [" + f.rule() + "]");
        }
        out.println(Messages.get("check.cli.summary", count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO)));
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
