package org.reportdesk.ui.preflight;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportdesk.check.FindReplace;
import org.reportdesk.check.Location;
import org.reportdesk.i18n.Messages;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.model.Report;

/**
 * 查找和替换 over the whole report: the list of every hit before replacing, 下一个 to step through
 * them in the editor, and 全部替换 as one undo step (through the preflight's fix history).
 */
public final class FindReplaceViewModel {

    private final PreflightViewModel preflight;
    private final StringProperty find = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty();
    private final ObservableList<FindReplace.Hit> hits = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty error = new SimpleBooleanProperty();
    private Consumer<Location> navigator = l -> { };

    public FindReplaceViewModel(PreflightViewModel preflight) {
        this.preflight = preflight;
        find.addListener(o -> search());
        replacement.addListener(o -> search());
        regex.addListener(o -> search());
        // The report changed (typing, a fix, an undo): the listed hits follow it.
        preflight.resultProperty().addListener((o, a, b) -> refresh());
    }

    private void refresh() {
        if (!find.get().isEmpty()) {
            int at = current.get();
            list(false);
            current.set(Math.min(at, hits.size() - 1));
        }
    }

    public void setNavigator(Consumer<Location> navigator) {
        this.navigator = navigator;
    }

    /** Lists every hit; a bad pattern gives one message and no hits. */
    public void search() {
        list(true);
    }

    private void list(boolean announce) {
        current.set(-1);
        FindReplace fr = compile();
        Report r = preflight.report();
        if (fr == null || r == null) {
            hits.clear();
            return;
        }
        try {
            hits.setAll(fr.find(r));
            if (announce) {
                say(hits.isEmpty() ? Messages.get("check.find.none") : Messages.get("check.find.count", hits.size()), false);
            }
        } catch (UserFacingException e) {
            hits.clear();
            say(e.getMessage(), true);
        }
    }

    private FindReplace compile() {
        if (find.get().isEmpty()) {
            say("", false);
            return null;
        }
        try {
            return FindReplace.of(find.get(), replacement.get(), regex.get());
        } catch (UserFacingException e) {
            say(e.getMessage(), true);
            return null;
        }
    }

    /** 下一个: selects the next hit in the editor, wrapping around. */
    public void next() {
        refresh();
        if (!hits.isEmpty()) {
            current.set((current.get() + 1) % hits.size());
            navigator.accept(hits.get(current.get()).location());
        }
    }

    public void show(FindReplace.Hit hit) {
        current.set(hits.indexOf(hit));
        navigator.accept(hit.location());
    }

    /** 全部替换: one undo step; nothing changes when the pattern is bad. */
    public void replaceAll() {
        FindReplace fr = compile();
        if (fr == null) {
            return;
        }
        try {
            int n = preflight.applyStep(fr::replaceAll);
            search();
            say(Messages.get("check.find.replaced", n), false);
        } catch (UserFacingException e) {
            say(e.getMessage(), true);
        }
    }

    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public StringProperty findProperty() {
        return find;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public ObservableList<FindReplace.Hit> hits() {
        return hits;
    }

    public IntegerProperty currentProperty() {
        return current;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty errorProperty() {
        return error;
    }
}
