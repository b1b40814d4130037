package org.reportdesk.ui.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.reportdesk.model.Report;

/** One report found by the import (one per piece of a split collection), ticked to be taken over. */
public final class ReportRow {

    private final Report report;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    ReportRow(Report report) {
        this.report = report;
    }

    public Report report() {
        return report;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public String title() {
        return report.title().isBlank() ? "—" : report.title();
    }
}
