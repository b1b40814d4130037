package org.reportdesk.ui.editor;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.FieldChange;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.ReportEdit;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.TextChange;
import org.reportdesk.text.CharCounter;
import org.reportdesk.session.ReportChange;
import org.reportdesk.session.ReportListener;
import org.reportdesk.session.ReportSession;
import org.reportdesk.ui.ReportUndo;
import org.reportdesk.ui.outline.OutlineViewModel;

/**
 * What the centre editor shows: a section (heading, run-in, body), the front matter (title and
 * 开头语) or the closing (署名, 成文日期). Every edit is applied through the report session, which
 * records it and tells every screen; what others change in the shown part is shown again.
 */
public final class EditorViewModel {

    public enum Mode { NONE, SECTION, FRONT, CLOSING }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty heading = new SimpleStringProperty("");
    private final BooleanProperty runIn = new SimpleBooleanProperty();
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty attachments = new SimpleStringProperty("");
    private final StringProperty signature = new SimpleStringProperty("");
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private final IntegerProperty chars = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final EditorZoom zoom = new EditorZoom();
    private final IntegerProperty caret = new SimpleIntegerProperty();
    private final IntegerProperty caretRequest = new SimpleIntegerProperty(-1);
    private final ReportSession session;
    private final ReportUndo undo;
    private Report report;
    private Section section;
    private RichText body = RichText.EMPTY;
    private boolean loading;
    private boolean sending;
    private Runnable pendingEdits = () -> { };

    public EditorViewModel(ReportSession session, ReportUndo undo) {
        this.session = session;
        this.undo = undo != null ? undo : new ReportUndo(session);
        session.subscribe(new ReportListener() {
            @Override
            public void changed(ReportChange change) {
                follow(change);
            }
        });
        heading.addListener((o, a, b) -> headingEdited(b));
        runIn.addListener((o, a, b) -> runInEdited(b));
        recipient.addListener((o, a, b) -> recipientEdited(b));
        attachments.addListener((o, a, b) -> attachmentsEdited(b));
        signature.addListener((o, a, b) -> closingEdited());
        date.addListener((o, a, b) -> closingEdited());
    }

    /** An editor with a session of its own (for tests). */
    public EditorViewModel() {
        this(new ReportSession(), null);
    }
    public ReportSession session() {
        return session;
    }

    /** Shows again what another screen (a fix, an undo, a restore, the tree) changed in the shown part. */
    private void follow(ReportChange change) {
        if (sending || report == null) {
            return;
        }
        if (change instanceof ReportChange.Opened o) {
            if (o.report() != report) {
                clear();
            }
        } else if (change instanceof ReportChange.StructureEdited) {
            refreshHeading();
        } else if (change instanceof ReportChange.TextEdited t) {
            if (t.section() == section && (mode.get() == Mode.SECTION || mode.get() == Mode.FRONT)) {
                reload();
            }
        } else if (change instanceof ReportChange.FieldEdited f) {
            if (f.section() == null ? mode.get() != Mode.SECTION : f.section() == section) {
                reloadFields(f.field());
            }
        } else {
            reload();
        }
    }

    public void showSection(Report r, Section s) {
        load(r, s, s == null ? Mode.NONE : Mode.SECTION);
    }

    public void showFront(Report r) {
        load(r, null, Mode.FRONT);
    }

    public void showClosing(Report r) {
        load(r, null, Mode.CLOSING);
    }

    public void clear() {
        load(null, null, Mode.NONE);
    }

    private void load(Report r, Section s, Mode m) {
        loading = true;
        try {
            report = r;
            section = s;
            mode.set(r == null ? Mode.NONE : m);
            heading.set(m == Mode.SECTION && s != null ? s.heading() : m == Mode.FRONT && r != null ? r.title() : "");
            runIn.set(s != null && s.runIn());
            label.set(s != null && m == Mode.SECTION ? OutlineViewModel.labelOf(s) : "");
            recipient.set(r == null ? "" : r.recipient());
            attachments.set(r == null ? "" : String.join("\n", r.attachments()));
            signature.set(r == null ? "" : r.signature());
            date.set(r == null ? "" : r.date());
            body = m == Mode.SECTION && s != null ? s.body() : m == Mode.FRONT && r != null ? r.opening() : RichText.EMPTY;
            recount();
            loads.set(loads.get() + 1);
        } finally {
            loading = false;
        }
    }

    /** Shows again what is shown, after the report was changed elsewhere (a quick fix, replace-all, undo of those). */
    public void reload() {
        load(report, section, mode.get());
    }

    /** A heading renamed in the tree only needs the heading field; other fields reload the part. */
    private void reloadFields(FieldChange.Field field) {
        if (field == FieldChange.Field.HEADING && mode.get() == Mode.SECTION) {
            refreshHeading();
        } else {
            reload();
        }
    }

    /** Picks up a heading renamed elsewhere (in the outline tree) and the section's new label after a move. */
    public void refreshHeading() {
        if (mode.get() == Mode.SECTION && section != null && section.parent() != null) {
            label.set(OutlineViewModel.labelOf(section));
        }
        if (mode.get() == Mode.SECTION && section != null && !section.heading().equals(heading.get())) {
            loading = true;
            try {
                heading.set(section.heading());
                recount();
            } finally {
                loading = false;
            }
        }
    }

    /** The body the area must show after each load (see {@link #loadsProperty()}). */
    public RichText body() {
        return body;
    }

    /** The area's whole content after an edit. */
    public void bodyEdited(RichText text) {
        if (loading || report == null || text.equals(body)) {
            return;
        }
        setBody(text.sharingWith(body));
    }

    /**
     * The precise change the area reports: the characters from {@code start} to {@code end} replaced by
     * {@code inserted}. Only the paragraphs it touches are rebuilt, so a keystroke costs the same in a
     * long section as in a short one.
     */
    public void bodyChanged(int start, int end, RichText inserted) {
        if (loading || report == null) {
            return;
        }
        RichText after = body.replace(start, end, inserted);
        if (!after.equals(body)) {
            setBody(after);
        }
    }

    private void setBody(RichText after) {
        RichText before = body;
        if (mode.get() == Mode.SECTION) {
            body = after;
            send(TextChange.body(section, before, after));
        } else if (mode.get() == Mode.FRONT) {
            body = after;
            send(TextChange.opening(report, before, after));
        }
    }

    private void headingEdited(String text) {
        if (loading || report == null) {
            return;
        }
        if (mode.get() == Mode.SECTION && !text.equals(section.heading())) {
            send(FieldChange.heading(section, section.heading(), text));
        } else if (mode.get() == Mode.FRONT && !text.equals(report.title())) {
            send(FieldChange.title(report, report.title(), text));
        }
    }

    private void recipientEdited(String text) {
        if (loading || report == null || mode.get() != Mode.FRONT || text.equals(report.recipient())) {
            return;
        }
        send(FieldChange.recipient(report, report.recipient(), text));
    }

    /** One 附件 name a line; blank lines are not attachments. */
    private void attachmentsEdited(String text) {
        if (loading || report == null || mode.get() != Mode.CLOSING) {
            return;
        }
        List<String> names = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (names.equals(report.attachments())) {
            return;
        }
        send(FieldChange.attachments(report, report.attachments(), names));
    }

    private void runInEdited(boolean on) {
        if (loading || report == null || mode.get() != Mode.SECTION || section.runIn() == on) {
            return;
        }
        send(FieldChange.runIn(section, section.runIn(), on));
    }

    private void closingEdited() {
        if (loading || report == null || mode.get() != Mode.CLOSING) {
            return;
        }
        if (!signature.get().equals(report.signature())) {
            send(FieldChange.signature(report, report.signature(), signature.get()));
        } else if (!date.get().equals(report.date())) {
            send(FieldChange.date(report, report.date(), date.get()));
        }
    }

    /** Applies an edit of the shown part through the session, without showing it again here. */
    private void send(ReportEdit edit) {
        sending = true;
        try {
            session.apply(edit);
        } finally {
            sending = false;
        }
        recount();
    }

    /** The user changed the table or picture of body paragraph {@code paragraph}: one undoable step replacing it. */
    public void objectEdited(int paragraph, Embedded changed) {
        if (!loading && report != null && paragraph >= 0 && paragraph < body.paragraphs().size()
                && body.paragraphs().get(paragraph).isObject()) {
            int start = RichTextDocuments.paragraphStart(body, paragraph);
            session.startNewStep();
            bodyChanged(start, start + 1, RichText.of(List.of(Paragraph.of(changed))));
            session.startNewStep();
        }
    }

    /** Sends what the view still holds unsent (a table cell's typing); called before storing. */
    public void commitPending() {
        pendingEdits.run();
    }
    public void setPendingEdits(Runnable commit) {
        this.pendingEdits = commit;
    }

    /** Whether {@code text} may be pasted: false, with a message, when the report would outgrow its limits. */
    public boolean acceptsPaste(String text) {
        if (report == null || ReportLimits.roomFor(report, 0, text.length())) {
            return true;
        }
        message.set("");
        message.set(Messages.get("limits.noRoomToPaste", text.length(), ReportLimits.MAX_CHARS / 10_000));
        return false;
    }

    /** The latest refusal, in the user's language. */
    public StringProperty messageProperty() {
        return message;
    }

    /** A paste, a cut or a drop is a step of its own, not part of the typing around it. */
    public void startNewStep() {
        session.startNewStep();
    }

    /** Undoes the report's last step (see {@link ReportUndo}). */
    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    private void recount() {
        Mode m = mode.get();
        chars.set(m == Mode.SECTION ? sectionChars(section)
                : m == Mode.CLOSING ? CharCounter.count(signature.get()) + CharCounter.count(date.get())
                : CharCounter.count(heading.get()) + CharCounter.count(body.plainText()));
    }

    /** 字数 of a section's numbered heading and body, as CharCounter counts a section. */
    public static int sectionChars(Section s) {
        return CharCounter.count(OutlineViewModel.labelOf(s) + s.heading()) + CharCounter.count(s.body().plainText());
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public BooleanProperty runInProperty() {
        return runIn;
    }

    /** The computed sequence label of the shown section, e.g. （二）. */
    public StringProperty labelProperty() {
        return label;
    }

    /** 主送机关, shown with the title. */
    public StringProperty recipientProperty() {
        return recipient;
    }

    /** The 附件 names, one a line, shown with 署名 and 日期. */
    public StringProperty attachmentsProperty() {
        return attachments;
    }

    public StringProperty signatureProperty() {
        return signature;
    }

    public StringProperty dateProperty() {
        return date;
    }

    /** Bumped whenever new content is loaded: the view then replaces the area's text. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads;
    }

    /** 字数 of what is shown: heading and body. */
    public ReadOnlyIntegerProperty charsProperty() {
        return chars;
    }

    public Section section() {
        return section;
    }

    /** 缩放 of the body text. */
    public EditorZoom zoom() {
        return zoom;
    }

    /** Where the caret is in the body (kept by the view), to reopen the report where the user stopped. */
    public IntegerProperty caretProperty() {
        return caret;
    }

    /** A caret position the view moves to once (-1: none); set when the report reopens where she stopped. */
    public IntegerProperty caretRequestProperty() {
        return caretRequest;
    }
}
