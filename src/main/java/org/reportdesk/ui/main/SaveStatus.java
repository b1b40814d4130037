package org.reportdesk.ui.main;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableStringValue;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.services.Settings;
import org.reportdesk.text.CharCounter;
import org.reportdesk.ui.editor.EditorViewModel;

/** What the status bar says about the open report: its saved state, its 字数, and the remembered zoom. */
final class SaveStatus {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String ZOOM = "editor.zoom";

    private SaveStatus() {
    }

    /** 正在保存…, 已保存 14:32:05, or why storing failed; empty without a report. */
    static StringBinding binding(ObservableStringValue error, ObservableBooleanValue unsaved,
                                 ObservableObjectValue<Instant> lastSaved, ObservableObjectValue<Report> report) {
        return Bindings.createStringBinding(() -> {
            if (!error.get().isEmpty()) {
                return error.get();
            }
            if (report.get() == null) {
                return "";
            }
            if (unsaved.get()) {
                return Messages.get("ui.status.saving");
            }
            Instant at = lastSaved.get();
            return at == null ? Messages.get("ui.status.stored")
                    : Messages.get("ui.status.savedAt", SAVED_AT.format(at.atZone(ZoneId.systemDefault())));
        }, error, unsaved, lastSaved, report);
    }

    /** As {@link CharCounter#count(Report)}, but safe for levels deeper than numbering goes. */
    static int reportChars(Report r) {
        int n = CharCounter.count(r.title()) + CharCounter.count(r.opening().plainText());
        for (Section s : r.allSections()) {
            n += EditorViewModel.sectionChars(s);
        }
        return n + CharCounter.count(r.signature()) + CharCounter.count(r.date());
    }

    /** The editor's zoom as the user left it last time, and kept from now on. */
    static void rememberZoom(Settings settings, EditorViewModel editor) {
        try {
            editor.zoom().set(Double.parseDouble(settings.get(ZOOM, "1.0")));
        } catch (NumberFormatException e) {
            editor.zoom().set(1.0);
        }
        editor.zoom().factorProperty().addListener((o, a, z) -> settings.put(ZOOM, z.toString()));
    }
}
