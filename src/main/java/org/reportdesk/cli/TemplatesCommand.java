package org.reportdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.ImportSummary;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.SearchHit;
import org.reportdesk.store.SearchQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code templates search QUERY [--kind K] [--limit N] [--json] | list [--json] | import PACK | export PACK}.
 * JSON rows are {@code {"id", "title", "kind" (Chinese label, e.g. 总结), "topic", "source" (builtin|own|imported)}},
 * best match first.
 */
@Command(name = "templates", description = "Search, list, import and export the template library.",
        mixinStandardHelpOptions = true)
public final class TemplatesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Function<String, CliServices> opener;

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data folder (default: REPORTDESK_HOME or the user data folder).")
    String dataDir;

    /** {@code opener} opens the services for a {@code --data-dir} value (null when not given). */
    public TemplatesCommand(Function<String, CliServices> opener) {
        this.opener = opener;
    }

    public TemplatesCommand() {
        this(CliServices::open);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.EXIT_OK;
    }

    @Command(name = "search", description = "Templates matching QUERY, best match first.")
    int search(@Parameters(paramLabel = "QUERY") String query,
               @Option(names = "--kind", paramLabel = "K", description = "总结, 计划, 问题, 措施, 开头语, 结尾, 框架 (or SUMMARY, PLAN, …)")
               String kind,
               @Option(names = "--limit", defaultValue = "20", paramLabel = "N") int limit,
               @Option(names = "--json") boolean json) {
        SearchQuery q = SearchQuery.of(query).withLimit(Math.max(1, limit));
        if (kind != null) {
            q = q.withKind(parseKind(kind));
        }
        SearchQuery finalQuery = q;
        try (CliServices s = opener.apply(dataDir)) {
            print(s.library().search(finalQuery), json);
        }
        return Cli.EXIT_OK;
    }

    @Command(name = "list", description = "Every visible template, favourites and most used first.")
    int list(@Option(names = "--json") boolean json) {
        try (CliServices s = opener.apply(dataDir)) {
            print(s.library().list(), json);
        }
        return Cli.EXIT_OK;
    }

    @Command(name = "import", description = "Merge a colleague's template pack into the library (nothing is overwritten).")
    int importPack(@Parameters(paramLabel = "PACK") Path pack) {
        try (CliServices s = opener.apply(dataDir)) {
            ImportSummary r = s.packs().importFile(pack);
            out().println(Messages.get("library.imported", pack.toString(), r.added(), r.identical(), r.keptSideBySide()));
        }
        return Cli.EXIT_OK;
    }

    @Command(name = "export", description = "Write own and imported templates (with --all also built-ins) to a pack file.")
    int exportPack(@Parameters(paramLabel = "PACK") Path pack,
                   @Option(names = "--all", description = "Include the built-in templates.") boolean all,
                   @Option(names = "--kind", paramLabel = "K") String kind) {
        TemplateKind k = kind == null ? null : parseKind(kind);
        try (CliServices s = opener.apply(dataDir)) {
            List<Template> templates = s.packs().shareable(all).stream()
                    .filter(t -> k == null || t.kind() == k).toList();
            int n = s.packs().export(templates, pack);
            out().println(Messages.get("library.exported", n, pack.toString()));
        }
        return Cli.EXIT_OK;
    }

    private TemplateKind parseKind(String kind) {
        try {
            return TemplateKind.parse(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown kind: " + kind
                    + " (总结, 计划, 问题, 措施, 开头语, 结尾, 框架)");
        }
    }

    private void print(List<SearchHit> hits, boolean json) {
        PrintWriter out = out();
        if (json) {
            ArrayNode arr = JSON.createArrayNode();
            for (SearchHit h : hits) {
                ObjectNode o = arr.addObject();
                o.put("id", h.id());
                o.put("title", h.title());
                o.put("kind", h.kind().label());
                o.put("topic", h.topic());
                o.put("source", h.source().code());
            }
            try {
                out.println(JSON.writeValueAsString(arr));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        if (hits.isEmpty()) {
            out.println(Messages.get("library.noResults"));
        }
        for (SearchHit h : hits) {
            out.println(h.id() + "\t" + h.kind().label() + "\t" + h.topic() + "\t" + h.title()
                    + (h.favourite() ? "\t★" : ""));
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
