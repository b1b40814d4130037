package org.reportdesk.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.io.AtomicFiles;
import org.reportdesk.io.ReportFiles;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.json.TemplateJson;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateSource;
import org.reportdesk.store.H2TemplateRepository;

/**
 * Template packs: a set of templates as a template-collection JSON file (docs/template-pack.md),
 * for handing one's own templates to a colleague. Import merges without overwriting anything:
 * a template already in the library (same content) is skipped; a changed version of one already
 * there (same built-in key, or same title, kind and topic) is added beside it with the title
 * suffix {@value #IMPORTED_SUFFIX}; everything else is added. Imported templates get the source
 * {@link TemplateSource#IMPORTED}. A bad pack is refused whole, before anything is stored.
 */
public final class TemplatePacks {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Templates one pack may bring: forty times the built-in library. */
    public static final int MAX_TEMPLATES = 10_000;
    public static final String IMPORTED_SUFFIX = "（导入）";
    public static final String EXTENSION = ".templates.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateLibrary library;

    public TemplatePacks(TemplateLibrary library) {
        this.library = library;
    }

    /** Writes {@code templates} as a pack file (atomically); returns how many. */
    public int export(List<Template> templates, Path file) {
        AtomicFiles.writeString(file, TemplateJson.write(templates));
        return templates.size();
    }

    /** The templates a user would share: own and imported ones, or with {@code withBuiltins} all. */
    public List<Template> shareable(boolean withBuiltins) {
        return library.all().stream().filter(t -> withBuiltins || t.source() != TemplateSource.BUILTIN).toList();
    }

    public ImportSummary importFile(Path file) {
        return importTemplates(read(file));
    }

    /** Reads and checks a whole pack; a {@link UserFacingException} with a {@code library.*} key when it is not one. */
    public static List<Template> read(Path file) {
        String name = file.toString();
        String text;
        if (!Files.exists(file)) {
            throw new UserFacingException("library.packNotFound", name);
        }
        byte[] bytes = ReportFiles.readBytes(file, MAX_BYTES, "library.packTooLarge");
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "library.packNotJson", name);
        }
        return parse(text, name);
    }

    static List<Template> parse(String text, String name) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserFacingException(e, "library.packNotJson", name);
        }
        if (root == null || !root.isObject() || !TemplateJson.FORMAT.equals(root.path("format").asText())) {
            throw new UserFacingException("library.packWrongFormat", name);
        }
        JsonNode version = root.path("version");
        if (!version.isMissingNode() && (!version.canConvertToInt() || version.asInt() > TemplateJson.VERSION)) {
            throw new UserFacingException("library.packTooNew", name);
        }
        if (!root.path("templates").isArray()) {
            throw new UserFacingException("library.packWrongFormat", name);
        }
        if (root.path("templates").size() > MAX_TEMPLATES) {
            throw new UserFacingException("library.packTooMany", name, MAX_TEMPLATES);
        }
        List<Template> templates;
        try {
            templates = TemplateJson.read(text, TemplateSource.IMPORTED);
        } catch (JsonFormatException e) {
            throw new UserFacingException(e, "library.packDamaged", name, e.getMessage());
        }
        for (Template t : templates) {
            long own = (long) t.title().length() + t.opening().plainText().length() + t.topic().length()
                    + t.titlePattern().length() + String.join("\n", t.tags()).length();
            if (t.title().length() > 1000 || t.topic().length() > 200 || String.join("\n", t.tags()).length() > 2000
                    || !ReportLimits.isWithin(own, t.sections())) {
                throw new UserFacingException("library.packTemplateTooLarge", name, t.title().length() > 40 ? t.title().substring(0, 40) + "…" : t.title(),
                        ReportLimits.MAX_SECTIONS, ReportLimits.MAX_CHARS / 10_000);
            }
        }
        return templates;
    }

    /** Merges parsed templates into the library in one transaction. */
    public ImportSummary importTemplates(List<Template> incoming) {
        synchronized (library) {
            List<Template> existing = library.all();
            Set<String> known = new HashSet<>();
            Set<String> titles = new HashSet<>();
            Set<String> slots = new HashSet<>();
            for (Template t : existing) {
                known.add(identity(t));
                titles.add(t.title());
                slots.addAll(slots(t));
            }
            List<Template> toAdd = new ArrayList<>();
            int identical = 0;
            int sideBySide = 0;
            for (Template t : incoming) {
                if (!known.add(identity(t))) {
                    identical++;
                    continue;
                }
                String title = baseTitle(t.title());
                List<String> slotsOfT = slots(t);
                boolean clash = slotsOfT.stream().anyMatch(slots::contains);
                slots.addAll(slotsOfT);
                if (clash) {
                    sideBySide++;
                    title = freeTitle(title, titles);
                }
                titles.add(title);
                toAdd.add(Template.of(null, title, t.kind(), t.topic(), t.tags(), t.titlePattern(), t.opening(),
                        t.sections(), TemplateSource.IMPORTED));
            }
            library.addAll(toAdd);
            return new ImportSummary(toAdd.size() - sideBySide, identical, sideBySide);
        }
    }

    /** What a template says, whoever holds it: key and import suffix do not count. */
    static String identity(Template t) {
        return H2TemplateRepository.contentHash(Template.of(null, baseTitle(t.title()), t.kind(), t.topic(), t.tags(),
                t.titlePattern(), t.opening(), t.sections(), TemplateSource.IMPORTED));
    }

    /** Two templates with a slot in common are versions of one template: same built-in key, or same title, kind and topic. */
    private static List<String> slots(Template t) {
        String byTitle = "title\n" + t.kind() + "\n" + t.topic() + "\n" + baseTitle(t.title());
        return t.key() == null ? List.of(byTitle) : List.of(byTitle, "key\n" + t.key());
    }

    /** The title without the import suffix (and its number) this class may have added. */
    static String baseTitle(String title) {
        return title.replaceFirst("（导入\\d*）$", "");
    }

    private static String freeTitle(String base, Set<String> taken) {
        String title = base + IMPORTED_SUFFIX;
        for (int n = 2; taken.contains(title); n++) {
            title = base + "（导入" + n + "）";
        }
        return title;
    }
}
