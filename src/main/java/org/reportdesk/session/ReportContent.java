package org.reportdesk.session;

import java.util.List;
import java.util.Map;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;

/**
 * Everything a report holds but its identity (id and timestamps), with the very section objects
 * of its outline: putting it back into a report restores those objects, so undo steps recorded
 * against them stay valid.
 */
record ReportContent(String title, String unit, int year, Period period, String recipient, RichText opening,
                     List<Section> sections, List<String> attachments, String signature, String date,
                     Map<String, String> extraFields) {

    static ReportContent of(Report r) {
        return new ReportContent(r.title(), r.unit(), r.year(), r.period(), r.recipient(), r.opening(),
                List.copyOf(r.sections()), List.copyOf(r.attachments()), r.signature(), r.date(),
                Map.copyOf(r.extraFields()));
    }

    void writeTo(Report r) {
        r.setTitle(title);
        r.setUnit(unit);
        r.setYear(year);
        r.setPeriod(period);
        r.setRecipient(recipient);
        r.setOpening(opening);
        for (Section s : List.copyOf(r.sections())) {
            s.detach();
        }
        for (Section s : sections) {
            if (s.parent() != null) {
                s.detach();
            }
            r.root().add(s);
        }
        r.attachments().clear();
        r.attachments().addAll(attachments);
        r.setSignature(signature);
        r.setDate(date);
        r.extraFields().clear();
        r.extraFields().putAll(extraFields);
    }
}
