package org.reportdesk.ui.importer;

import java.util.ArrayList;
import java.util.List;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.TemplateLibrary;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.text.PlaceholderBlanks;

/** Saves imported sections as own templates, with the model text's xx/××/某某 turned into named blanks. */
final class LibrarySave {

    private static final int TITLE_FROM_BODY = 20;

    private LibrarySave() {
    }

    /** Runs off the FX thread; saves all the sections or, on a failure, none; returns the templates saved. */
    static List<Template> save(TemplateLibrary library, List<Section> sections, TemplateKind kind, String topic) {
        List<Section> copies = sections.stream().map(s -> withBlanks(s.copy())).toList();
        return library.saveSections(copies, LibrarySave::title, kind, topic == null ? "" : topic.strip());
    }

    static Section withBlanks(Section s) {
        s.setHeading(PlaceholderBlanks.toBlanks(s.heading()));
        s.setBody(s.body().mapText(PlaceholderBlanks::toBlanks));
        s.children().forEach(LibrarySave::withBlanks);
        return s;
    }

    /**
     * The heading, or for a section whose heading was lost, the start of its text, else of its
     * first subsection's; never blank (the library refuses a blank title, which would leave the
     * sections before it saved and the rest not).
     */
    static String title(Section s) {
        String own = ownTitle(s);
        if (!own.isBlank()) {
            return own;
        }
        List<Section> below = new ArrayList<>();
        s.forEachDescendant(below::add);
        for (Section c : below) {
            String t = ownTitle(c);
            if (!t.isBlank()) {
                return t;
            }
        }
        return Messages.get("import.preview.untitledTemplate");
    }

    private static String ownTitle(Section s) {
        String h = s.heading().strip();
        if (h.endsWith("。")) {
            h = h.substring(0, h.length() - 1).strip();
        }
        if (!h.isBlank()) {
            return h;
        }
        String body = s.body().plainText().strip();
        return body.length() > TITLE_FROM_BODY ? body.substring(0, TITLE_FROM_BODY) + "…" : body;
    }
}
