package org.reportdesk.check;

import java.util.List;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.Section;

/** Quick fixes (or a replace-all) applied together: one step of the report's undo history. */
public final class FixStep implements ReportEdit {

    private final Report report;
    private final List<AppliedFix> fixes;

    public FixStep(Report report, List<AppliedFix> fixes) {
        if (fixes.isEmpty()) {
            throw new IllegalArgumentException("a fix step needs at least one fix");
        }
        this.report = report;
        this.fixes = List.copyOf(fixes);
    }

    /** Fixes of one step were applied in list order, so they are undone in reverse. */
    @Override
    public EditPlace undo() {
        for (int i = fixes.size() - 1; i >= 0; i--) {
            fixes.get(i).undo(report);
        }
        return placeOf(fixes.get(0).fix().location());
    }

    @Override
    public EditPlace redo() {
        fixes.forEach(f -> f.redo(report));
        return placeOf(fixes.get(0).changed());
    }

    private EditPlace placeOf(Location l) {
        Section s = l.sectionId() == null ? null : report.findSection(l.sectionId());
        EditPlace.Part part = switch (l.target()) {
            case TITLE -> EditPlace.Part.TITLE;
            case OPENING -> EditPlace.Part.OPENING;
            case HEADING -> EditPlace.Part.HEADING;
            case BODY -> EditPlace.Part.BODY;
            case SIGNATURE -> EditPlace.Part.SIGNATURE;
            case DATE -> EditPlace.Part.DATE;
            case ATTACHMENT -> EditPlace.Part.ATTACHMENTS;
        };
        return new EditPlace(part, s, l.paragraph(), l.end());
    }
}
