package org.reportdesk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.model.TemplateSource;

/**
 * Template collections as JSON: the built-in library resources and the template packs users
 * exchange. A collection is {@code {"format": "reportdesk.templates", "version": 1, "templates": [...]}};
 * each template is {@code {"key", "title", "kind", "topic", "tags", "titlePattern", "opening", "sections"}}
 * with {@code kind} a {@link TemplateKind} name and sections as in {@link RichTextJson}.
 */
public final class TemplateJson {

    public static final String FORMAT = "reportdesk.templates";
    public static final int VERSION = 1;

    private TemplateJson() {
    }

    public static String write(List<Template> templates) {
        ObjectNode root = ReportJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode arr = root.putArray("templates");
        templates.forEach(t -> arr.add(toTree(t)));
        try {
            return ReportJson.mapper().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise templates", e);
        }
    }

    public static ObjectNode toTree(Template t) {
        ObjectNode o = ReportJson.mapper().createObjectNode();
        if (t.key() != null) {
            o.put("key", t.key());
        }
        o.put("title", t.title());
        o.put("kind", t.kind().name());
        o.put("topic", t.topic());
        ArrayNode tags = o.putArray("tags");
        t.tags().forEach(tags::add);
        if (!t.titlePattern().isEmpty()) {
            o.put("titlePattern", t.titlePattern());
        }
        if (!t.opening().isEmpty()) {
            o.set("opening", RichTextJson.write(t.opening()));
        }
        o.set("sections", RichTextJson.writeSections(t.sections()));
        return o;
    }

    /** Reads a collection; every template gets {@code source}. */
    public static List<Template> read(String json, TemplateSource source) {
        JsonNode root;
        try {
            root = ReportJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new JsonFormatException("not a template collection");
        }
        if (root.path("version").asInt(VERSION) > VERSION) {
            throw new JsonFormatException("template collection version is newer than this program");
        }
        List<Template> out = new ArrayList<>();
        for (JsonNode n : root.path("templates")) {
            out.add(fromTree(n, source));
        }
        return out;
    }

    public static Template fromTree(JsonNode n, TemplateSource source) {
        if (!n.isObject() || !n.path("title").isTextual() || !n.path("kind").isTextual()) {
            throw new JsonFormatException("a template needs a title and a kind");
        }
        TemplateKind kind;
        try {
            kind = TemplateKind.parse(n.get("kind").asText());
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException(e.getMessage());
        }
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asText()));
        RichText opening = RichTextJson.read(n.get("opening"));
        String key = n.hasNonNull("key") ? n.get("key").asText() : null;
        return Template.of(key, n.get("title").asText(), kind, n.path("topic").asText(""), tags,
                n.path("titlePattern").asText(""), opening, RichTextJson.readSections(n.get("sections")), source);
    }
}
