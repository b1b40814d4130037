package org.reportdesk.session;

import org.reportdesk.model.EditPlace;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/** A section that still exists gets an older heading, run-in and body back (its subsections stay). */
final class SectionContentRestore implements ReportEdit {

    private record State(String heading, boolean runIn, RichText body) {
        static State of(Section s) {
            return new State(s.heading(), s.runIn(), s.body());
        }

        void writeTo(Section s) {
            s.setHeading(heading);
            s.setRunIn(runIn);
            s.setBody(body);
        }
    }

    private final Section section;
    private final State before;
    private final State after;

    SectionContentRestore(Section section, Section older) {
        this.section = section;
        this.before = State.of(section);
        this.after = State.of(older);
    }

    @Override
    public EditPlace undo() {
        before.writeTo(section);
        return EditPlace.outline(section);
    }

    @Override
    public EditPlace redo() {
        after.writeTo(section);
        return EditPlace.outline(section);
    }
}
