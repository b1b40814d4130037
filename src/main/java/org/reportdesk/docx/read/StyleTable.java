package org.reportdesk.docx.read;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of {@code styles.xml} as far as the outline needs them: each style's name,
 * the style it is based on and its outline level. Heading level 1–4 of a style: its own outline
 * level, else a "heading N"/"标题 N" name, else the style it is based on (at most 10 steps).
 */
public final class StyleTable {

    private record Style(String name, String basedOn, Integer outlineLevel) {
    }

    /** Most styles kept: Word's own documents have a few hundred. */
    static final int MAX_STYLES = 20_000;

    private final Map<String, Style> styles;

    private StyleTable(Map<String, Style> styles) {
        this.styles = styles;
    }

    public static StyleTable empty() {
        return new StyleTable(Map.of());
    }

    public static StyleTable read(InputStream in) throws XMLStreamException {
        Map<String, Style> styles = new HashMap<>();
        XMLStreamReader r = Xml.reader(in);
        try {
            String id = null;
            String name = null;
            String basedOn = null;
            Integer outline = null;
            int depth = 0;
            int styleDepth = -1;
            String parent = "";
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String local = r.getLocalName();
                    if (local.equals("style") && styleDepth < 0) {
                        styleDepth = depth;
                        id = Words.attr(r, "styleId");
                        name = null;
                        basedOn = null;
                        outline = null;
                    } else if (styleDepth > 0 && depth == styleDepth + 1) {
                        if (local.equals("name")) {
                            name = Words.attr(r, "val");
                        } else if (local.equals("basedOn")) {
                            basedOn = Words.attr(r, "val");
                        }
                    } else if (styleDepth > 0 && depth == styleDepth + 2 && parent.equals("pPr") && local.equals("outlineLvl")) {
                        outline = Words.intAttr(r, "val");
                    }
                    if (styleDepth > 0 && depth == styleDepth + 1) {
                        parent = local;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == styleDepth) {
                        styleDepth = -1;
                        if (id != null && styles.size() < MAX_STYLES) {
                            styles.putIfAbsent(id, new Style(name, basedOn, outline));
                        }
                    }
                    depth--;
                }
            }
        } finally {
            r.close();
        }
        return new StyleTable(styles);
    }

    /** Heading level 1–4 of paragraphs in style {@code id}; 0 for body text. */
    public int level(String id) {
        String styleId = id;
        for (int guard = 0; styleId != null && guard < 10; guard++) {
            Style s = styles.get(styleId);
            if (s == null) {
                break;
            }
            if (s.outlineLevel() != null) {
                return fromOutline(s.outlineLevel());
            }
            int byName = levelFromName(s.name());
            if (byName > 0) {
                return byName;
            }
            styleId = s.basedOn();
        }
        return 0;
    }

    /** Whether style {@code id} is a title style ("Title", "标题", not "Subtitle"). */
    public boolean isTitle(String id) {
        Style s = id == null ? null : styles.get(id);
        if (s == null) {
            return false;
        }
        String n = s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT).strip();
        return n.equals("title") || n.endsWith("标题") || n.endsWith("title") && !n.contains("sub");
    }

    /** Outline level 0–3 is heading 1–4; 4–9 (9: body text) is no heading. */
    public static int fromOutline(Integer level) {
        int l = level == null ? 9 : level;
        return l >= 0 && l <= 3 ? l + 1 : 0;
    }

    public static int levelFromName(String name) {
        if (name == null) {
            return 0;
        }
        String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
        for (String prefix : new String[] {"heading", "标题"}) {
            if (n.startsWith(prefix) && n.length() == prefix.length() + 1) {
                char d = n.charAt(prefix.length());
                return d >= '1' && d <= '4' ? d - '0' : 0;
            }
        }
        return 0;
    }
}
