package org.reportdesk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The outline of reports as the CLI's {@code outline --json} prints it:
 * {@code [{"title","opening","sections":[{"heading","text","children"}]}]}, headings without their
 * sequence label, texts as plain text with paragraphs separated by {@code \n}.
 */
public final class OutlineJson {

    private OutlineJson() {
    }

    public static String write(List<Report> reports) {
        ArrayNode arr = ReportJson.mapper().createArrayNode();
        for (Report r : reports) {
            ObjectNode o = arr.addObject();
            o.put("title", r.title());
            o.put("opening", r.opening().plainText());
            o.set("sections", sections(r.sections()));
        }
        try {
            return ReportJson.mapper().writeValueAsString(arr);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise outline", e);
        }
    }

    private static ArrayNode sections(List<Section> sections) {
        ArrayNode arr = ReportJson.mapper().createArrayNode();
        for (Section s : sections) {
            ObjectNode o = arr.addObject();
            o.put("heading", s.heading());
            o.put("text", s.body().plainText());
            o.set("children", sections(s.children()));
        }
        return arr;
    }
}
