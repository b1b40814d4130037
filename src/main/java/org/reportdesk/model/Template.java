package org.reportdesk.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reusable piece of report: one section or a small subtree ({@link #sections()}), or, for
 * {@link TemplateKind#SKELETON}, a whole report (title pattern, 开头语 and the outline). Texts may
 * contain named fields ({@code {{单位名称}}}) and blanks ({@code 【数字】}).
 *
 * <p>{@code key} identifies a built-in template across versions; own templates have none.
 * The sections held here are never handed out: {@link #instantiate(Map)} gives filled copies.
 */
public record Template(
        Long id,
        String key,
        String title,
        TemplateKind kind,
        String topic,
        List<String> tags,
        String titlePattern,
        RichText opening,
        List<Section> sections,
        TemplateSource source,
        boolean favourite,
        boolean hidden,
        int usageCount,
        Instant createdAt,
        Instant updatedAt,
        Instant lastUsedAt) {

    public Template {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        topic = topic == null ? "" : topic;
        tags = List.copyOf(tags == null ? List.of() : tags);
        titlePattern = titlePattern == null ? "" : titlePattern;
        opening = opening == null ? RichText.EMPTY : opening;
        sections = List.copyOf(sections == null ? List.of() : sections);
        source = source == null ? TemplateSource.OWN : source;
    }

    /** A new, unsaved template. */
    public static Template of(String key, String title, TemplateKind kind, String topic, List<String> tags,
                              String titlePattern, RichText opening, List<Section> sections, TemplateSource source) {
        return new Template(null, key, title, kind, topic, tags, titlePattern, opening, sections, source,
                false, false, 0, null, null, null);
    }

    public Template withId(Long newId) {
        return new Template(newId, key, title, kind, topic, tags, titlePattern, opening, sections, source,
                favourite, hidden, usageCount, createdAt, updatedAt, lastUsedAt);
    }

    /** Copies of the sections with every field filled from {@code values}. */
    public List<Section> instantiate(Map<String, String> values) {
        List<Section> out = new ArrayList<>(sections.size());
        for (Section s : sections) {
            Section c = s.copy();
            fill(c, values);
            out.add(c);
        }
        return out;
    }

    /** All text of the template, fields unfilled: what search indexes. */
    public String plainText() {
        StringBuilder sb = new StringBuilder(opening.plainText());
        for (Section s : sections) {
            append(sb, s);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, Section s) {
        sb.append('\n').append(s.heading()).append('\n').append(s.body().textWithObjects());
        for (Section c : s.children()) {
            append(sb, c);
        }
    }

    private static void fill(Section s, Map<String, String> values) {
        s.setHeading(Fields.fill(s.heading(), values));
        s.setBody(s.body().mapText(t -> Fields.fill(t, values)));
        for (Section c : s.children()) {
            fill(c, values);
        }
    }
}
