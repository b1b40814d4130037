package org.reportdesk.check;

import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/**
 * Copies of a report that keep every section id, so findings computed on the copy (off the FX
 * thread) point at the same sections of the live report. Rich texts are immutable and shared.
 */
public final class Snapshots {

    private Snapshots() {
    }

    public static Report of(Report r) {
        Report c = new Report();
        c.setId(r.id());
        c.setTitle(r.title());
        c.setUnit(r.unit());
        c.setYear(r.year());
        c.setPeriod(r.period());
        c.setRecipient(r.recipient());
        c.setOpening(r.opening());
        for (Section s : r.sections()) {
            c.root().add(copyKeepingIds(s));
        }
        c.attachments().addAll(r.attachments());
        c.setSignature(r.signature());
        c.setDate(r.date());
        c.extraFields().putAll(r.extraFields());
        c.setCreatedAt(r.createdAt());
        c.setUpdatedAt(r.updatedAt());
        return c;
    }

    public static Section copyKeepingIds(Section s) {
        Section c = new Section(s.id(), s.heading(), s.runIn(), s.body());
        c.setNeedsReview(s.needsReview());
        for (Section child : s.children()) {
            c.add(copyKeepingIds(child));
        }
        return c;
    }
}
