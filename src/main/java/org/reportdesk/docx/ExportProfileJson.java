package org.reportdesk.docx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.reportdesk.json.JsonFormatException;

/**
 * An export profile as JSON, for saving it in the database or a file. A missing member takes the
 * standard value, so profiles saved by an older version still read; unknown members are ignored.
 */
public final class ExportProfileJson {

    public static final String FORMAT = "reportdesk.exportProfile";
    public static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportProfileJson() {
    }

    public static String write(ExportProfile p) {
        try {
            return MAPPER.writeValueAsString(toTree(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise profile", e);
        }
    }

    public static ObjectNode toTree(ExportProfile p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("name", p.name());
        ObjectNode m = o.putObject("marginsMm");
        m.put("top", p.marginTopMm());
        m.put("bottom", p.marginBottomMm());
        m.put("left", p.marginLeftMm());
        m.put("right", p.marginRightMm());
        m.put("footer", p.footerMm());
        o.put("lineTwips", p.lineTwips());
        o.put("charSpacingTwips", p.charSpacingTwips());
        o.put("fontScheme", p.fontScheme().name());
        o.put("latinFont", p.latinFont());
        ArrayNode bold = o.putArray("headingBold");
        p.headingBold().forEach(bold::add);
        o.put("signatureMode", p.signatureMode().name());
        o.put("dateStyle", p.dateStyle().name());
        o.put("includeSignature", p.includeSignature());
        ObjectNode t = o.putObject("tables");
        t.put("textHalfPoints", p.tableHalfPoints());
        t.put("landscapeAboveColumns", p.landscapeColumns());
        return o;
    }

    /** Parses a profile; {@link JsonFormatException} when the text is not one or holds an impossible value. */
    public static ExportProfile read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new JsonFormatException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new JsonFormatException("an export profile must be a JSON object");
        }
        if (!FORMAT.equals(root.path("format").asText(FORMAT))) {
            throw new JsonFormatException("not an export profile: format " + root.path("format").asText());
        }
        ExportProfile std = ExportProfile.standard();
        JsonNode m = root.path("marginsMm");
        ExportProfile.Builder b = ExportProfile.builder()
                .name(root.path("name").asText(std.name()))
                .margins(m.path("top").asDouble(std.marginTopMm()), m.path("bottom").asDouble(std.marginBottomMm()),
                        m.path("left").asDouble(std.marginLeftMm()), m.path("right").asDouble(std.marginRightMm()))
                .footerMm(m.path("footer").asDouble(std.footerMm()))
                .lineTwips(root.path("lineTwips").asInt(std.lineTwips()))
                .charSpacingTwips(root.path("charSpacingTwips").asInt(std.charSpacingTwips()))
                .fontScheme(enumValue(FontScheme.class, root.path("fontScheme"), std.fontScheme()))
                .latinFont(root.path("latinFont").asText(std.latinFont()))
                .signatureMode(enumValue(SignatureMode.class, root.path("signatureMode"), std.signatureMode()))
                .dateStyle(enumValue(DateStyle.class, root.path("dateStyle"), std.dateStyle()))
                .includeSignature(root.path("includeSignature").asBoolean(std.includeSignature()))
                .tableHalfPoints(root.path("tables").path("textHalfPoints").asInt(std.tableHalfPoints()))
                .landscapeColumns(root.path("tables").path("landscapeAboveColumns").asInt(std.landscapeColumns()));
        JsonNode bold = root.path("headingBold");
        for (int level = 1; level <= 4; level++) {
            b.headingBold(level, bold.path(level - 1).asBoolean(std.headingBold(level)));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("impossible export profile: " + e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, E fallback) {
        if (!node.isTextual()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new JsonFormatException("unknown " + type.getSimpleName() + ": " + node.asText());
        }
    }
}
