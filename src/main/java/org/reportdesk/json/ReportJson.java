package org.reportdesk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * The portable report file ({@code .report.json}); the README documents the format. The same JSON
 * is the stored form of a report's content in the database.
 */
public final class ReportJson {

    public static final String FORMAT = "reportdesk.report";
    public static final int VERSION = 1;
    public static final String EXTENSION = ".report.json";

    /** Created on first use: reading a report file does not need it (see {@link JsonTrees}). */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private ReportJson() {
    }

    static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    public static String write(Report r) {
        try {
            return mapper().writeValueAsString(toTree(r));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }

    public static ObjectNode toTree(Report r) {
        ObjectNode o = mapper().createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("title", r.title());
        o.put("unit", r.unit());
        if (r.year() > 0) {
            o.put("year", r.year());
        }
        if (r.period() != null) {
            o.put("period", r.period().label());
        }
        if (!r.recipient().isEmpty()) {
            o.put("recipient", r.recipient());
        }
        o.set("opening", RichTextJson.write(r.opening()));
        o.set("sections", RichTextJson.writeSections(r.sections(), true));
        ArrayNode att = o.putArray("attachments");
        r.attachments().forEach(att::add);
        o.put("signature", r.signature());
        o.put("date", r.date());
        if (!r.extraFields().isEmpty()) {
            ObjectNode f = o.putObject("fields");
            r.extraFields().forEach(f::put);
        }
        return o;
    }

    /** Parses a report file; throws {@link JsonFormatException} when it is not one. */
    public static Report read(String json) {
        JsonNode root;
        try {
            root = JsonTrees.parse(json);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage());
        }
        return fromTree(root);
    }

    public static Report fromTree(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new JsonFormatException("a report file must be a JSON object");
        }
        String format = root.path("format").asText(FORMAT);
        if (!FORMAT.equals(format)) {
            throw new JsonFormatException("not a report file: format " + format);
        }
        if (root.path("version").asInt(VERSION) > VERSION) {
            throw new JsonFormatException("report file version " + root.path("version").asInt() + " is newer than this program");
        }
        Report r = new Report();
        r.setTitle(root.path("title").asText(""));
        r.setUnit(root.path("unit").asText(""));
        r.setYear(root.path("year").asInt(0));
        r.setPeriod(Period.fromLabel(root.path("period").asText("")).orElse(null));
        r.setRecipient(root.path("recipient").asText(""));
        r.setOpening(RichTextJson.read(root.get("opening")));
        for (Section s : RichTextJson.readSections(root.get("sections"))) {
            r.root().add(s);
        }
        for (JsonNode a : root.path("attachments")) {
            r.attachments().add(a.asText());
        }
        r.setSignature(root.path("signature").asText(""));
        r.setDate(root.path("date").asText(""));
        Iterator<Map.Entry<String, JsonNode>> it = root.path("fields").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            r.extraFields().put(e.getKey(), e.getValue().asText());
        }
        return r;
    }
}
