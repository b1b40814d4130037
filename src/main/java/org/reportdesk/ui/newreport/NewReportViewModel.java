package org.reportdesk.ui.newreport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.ReportFactory;
import org.reportdesk.model.Period;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Template;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.TemplateRepository;
import org.reportdesk.ui.Failures;

/** 新建报告: the skeletons plus 空白报告, and the unit, year and period the report is filled with. */
public final class NewReportViewModel {

    private final ObservableList<SkeletonChoice> choices = FXCollections.observableArrayList(SkeletonChoice.BLANK);
    private final ObjectProperty<SkeletonChoice> selected = new SimpleObjectProperty<>(SkeletonChoice.BLANK);
    private final StringProperty unit = new SimpleStringProperty("");
    private final IntegerProperty year;
    private final ObjectProperty<Period> period;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private final ObservableList<String> outlinePreview = FXCollections.observableArrayList();
    private final Period dateDefault;

    public NewReportViewModel(TemplateRepository templates, TaskExecutor executor, LocalDate today) {
        year = new SimpleIntegerProperty(today.getYear());
        dateDefault = today.getMonthValue() <= 8 ? Period.FIRST_HALF : Period.YEAR;
        period = new SimpleObjectProperty<>(dateDefault);
        valid = Bindings.createBooleanBinding(() -> !unit.get().isBlank() && selected.get() != null
                && period.get() != null, unit, selected, period);
        selected.addListener((o, a, b) -> {
            period.set(SkeletonPeriod.of(b == null ? null : b.skeleton(), today).orElse(dateDefault));
            refreshPreview();
        });
        period.addListener((o, a, b) -> refreshPreview());
        year.addListener((o, a, b) -> refreshPreview());
        unit.addListener((o, a, b) -> refreshPreview());
        refreshPreview();
        executor.submit(() -> templates.visible(TemplateKind.SKELETON), this::showSkeletons,
                e -> message.set(Failures.sentence(e)));
    }

    private void showSkeletons(List<Template> skeletons) {
        List<SkeletonChoice> list = new ArrayList<>();
        for (Template t : skeletons) {
            list.add(new SkeletonChoice(t));
        }
        list.add(SkeletonChoice.BLANK);
        choices.setAll(list);
        selected.set(choices.get(0));
    }

    /** The chosen skeleton's sections as they will be numbered and filled, indented by level. */
    public ObservableList<String> outlinePreview() {
        return outlinePreview;
    }

    private void refreshPreview() {
        SkeletonChoice c = selected.get();
        if (c == null || c.isBlank() || period.get() == null) {
            outlinePreview.clear();
            return;
        }
        String u = unit.get().isBlank() ? Messages.get("wordHabits.newReport.previewUnit") : unit.get().strip();
        List<String> lines = new ArrayList<>();
        addLines(ReportFactory.fromSkeleton(c.skeleton(), u, year.get(), period.get()).sections(), 0, lines);
        outlinePreview.setAll(lines);
    }

    private static void addLines(List<Section> sections, int level, List<String> out) {
        for (Section s : sections) {
            out.add("\u3000".repeat(level) + s.numberedHeading());
            addLines(s.children(), level + 1, out);
        }
    }

    public ObservableList<SkeletonChoice> choices() {
        return choices;
    }

    public List<Period> periods() {
        return List.of(Period.values());
    }

    public ObjectProperty<SkeletonChoice> selectedProperty() {
        return selected;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Whether the entries suffice to create the report: a unit name is required. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** The new report; call only when {@link #validProperty()} holds. */
    public Report create() {
        String u = unit.get().strip();
        SkeletonChoice c = selected.get();
        if (c == null || c.isBlank()) {
            Report r = ReportFactory.blank(u, year.get(), period.get());
            String span = period.get() == Period.YEAR ? "" : period.get().label();
            r.setTitle(u + year.get() + "年" + span + "工作总结");
            return r;
        }
        return ReportFactory.fromSkeleton(c.skeleton(), u, year.get(), period.get());
    }
}
