package org.reportdesk.docx;

import java.util.LinkedHashSet;
import java.util.Set;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;

/**
 * The objects of a report the package must know before it is written: the pictures (each an
 * image part) and whether any table goes on a landscape page (its own footers).
 */
record BodyObjects(Set<Picture> pictures, boolean landscape) {

    static BodyObjects of(Report report, ExportProfile profile) {
        Set<Picture> pictures = new LinkedHashSet<>();
        boolean[] landscape = {false};
        int width = new PageGeometry(profile).typeWidth();
        scan(report.opening(), pictures, landscape, profile, width);
        for (Section s : report.allSections()) {
            scan(s.body(), pictures, landscape, profile, width);
        }
        return new BodyObjects(pictures, landscape[0]);
    }

    private static void scan(RichText text, Set<Picture> pictures, boolean[] landscape, ExportProfile profile, int width) {
        for (Paragraph p : text.paragraphs()) {
            if (p.embedded() instanceof Picture pic) {
                pictures.add(pic);
            } else if (p.embedded() instanceof Table t && TableLayout.landscape(t, profile, width)) {
                landscape[0] = true;
            }
        }
    }
}
