package org.reportdesk.library;

import java.util.Map;
import org.reportdesk.model.Fields;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;

/** New reports: from a skeleton, with the unit, year and period entered once, or blank. */
public final class ReportFactory {

    private ReportFactory() {
    }

    public static Report fromSkeleton(Template skeleton, String unit, int year, Period period) {
        if (skeleton.kind() != TemplateKind.SKELETON) {
            throw new IllegalArgumentException("not a skeleton: " + skeleton.title());
        }
        Report r = blank(unit, year, period);
        Map<String, String> values = r.fieldValues();
        r.setTitle(Fields.fill(skeleton.titlePattern(), values));
        r.setOpening(skeleton.opening().mapText(t -> Fields.fill(t, values)));
        for (Section s : skeleton.instantiate(values)) {
            r.root().add(s);
        }
        return r;
    }

    public static Report blank(String unit, int year, Period period) {
        Report r = new Report();
        r.setUnit(unit);
        r.setYear(year);
        r.setPeriod(period);
        r.setSignature(unit);
        r.setOpening(RichText.EMPTY);
        return r;
    }
}
