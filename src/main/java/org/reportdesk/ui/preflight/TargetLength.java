package org.reportdesk.ui.preflight;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;

/**
 * The report's 目标字数 (kept in the report's extra fields, so it travels with the report file)
 * and the progress of its 字数 toward it: 「全文 3,210 / 5,000 字」.
 */
public final class TargetLength {

    /** The extra field holding the target; a number of characters. */
    public static final String FIELD = "目标字数";

    private final IntegerProperty chars = new SimpleIntegerProperty();
    private final IntegerProperty target = new SimpleIntegerProperty();
    private final StringBinding text;
    private final DoubleBinding progress;
    private Report report;
    private java.util.function.Consumer<org.reportdesk.model.ReportEdit> apply = e -> { };

    TargetLength() {
        text = Bindings.createStringBinding(() -> target.get() > 0
                ? Messages.get("check.ui.target", grouped(chars.get()), grouped(target.get()))
                : Messages.get("check.ui.noTarget", grouped(chars.get())), chars, target);
        progress = Bindings.createDoubleBinding(() -> target.get() > 0
                ? Math.min(1.0, chars.get() / (double) target.get()) : 0.0, chars, target);
    }

    /** How the target is stored with the report: through the report session. */
    void setApply(java.util.function.Consumer<org.reportdesk.model.ReportEdit> apply) {
        this.apply = apply;
    }

    void setReport(Report r) {
        report = r;
        target.set(r == null ? 0 : Math.max(0, parse(r.extraFields().get(FIELD))));
    }

    /** Sets the target (0 removes it) and stores it with the report. */
    public void set(int value) {
        if (report == null || value < 0 || value == target.get()) {
            return;
        }
        target.set(value);
        apply.accept(new org.reportdesk.model.ExtraFieldChange(report, FIELD, value == 0 ? null : Integer.toString(value)));
    }

    /** Reads what a user typed: digits, with or without grouping commas; -1 when it is not a number. */
    public static int parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        String digits = typed.strip().replace(",", "").replace("，", "").replace("字", "");
        try {
            int v = Integer.parseInt(digits);
            return v < 0 ? -1 : v;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String grouped(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    IntegerProperty charsProperty() {
        return chars;
    }

    public ReadOnlyIntegerProperty valueProperty() {
        return target;
    }

    /** 「全文 3,210 / 5,000 字」, or 「全文 3,210 字」 without a target. */
    public StringBinding textProperty() {
        return text;
    }

    /** 0..1; 0 without a target. */
    public DoubleBinding progressProperty() {
        return progress;
    }
}
