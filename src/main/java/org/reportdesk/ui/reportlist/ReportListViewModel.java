package org.reportdesk.ui.reportlist;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.model.ReportSummary;
import org.reportdesk.store.ReportRepository;
import org.reportdesk.ui.Failures;

/** The stored reports, most recently changed first, loaded off the UI thread. */
public final class ReportListViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObservableList<ReportSummary> items = FXCollections.observableArrayList();
    private final ObjectProperty<ReportSummary> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ZoneId zone;

    public ReportListViewModel(ReportRepository reports, TaskExecutor executor, ZoneId zone) {
        this.zone = zone;
        executor.submit(reports::list, list -> {
            items.setAll(list);
            if (list.isEmpty()) {
                message.set(org.reportdesk.i18n.Messages.get("ui.reportList.empty"));
            } else {
                selected.set(list.get(0));
            }
        }, e -> message.set(Failures.sentence(e)));
    }

    public ObservableList<ReportSummary> items() {
        return items;
    }

    public ObjectProperty<ReportSummary> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public String formatTime(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(zone));
    }
}
