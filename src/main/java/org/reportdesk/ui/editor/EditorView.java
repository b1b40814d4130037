package org.reportdesk.ui.editor;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Fxml;

/** The centre editor: heading field, run-in box, style toggles, the body area and the closing form. */
public final class EditorView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_IN_ADD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_OUT_SUBTRACT = new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ZOOM_RESET_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN);

    private static final char OBJECT = org.reportdesk.model.Embedded.OBJECT_CHAR;

    private final EditorViewModel vm;
    private final VBox root;
    private final ReportArea area = new ReportArea(EditorFonts.bodyFamily(), EditorFonts.BODY_SIZE_PT);
    private boolean loading;
    private org.reportdesk.ui.DialogService dialogs;
    private org.reportdesk.ui.editor.table.ObjectActions objects;
    @FXML private HBox headingRow;
    @FXML private Label headingLabel;
    @FXML private Label sectionLabel;
    @FXML private TextField heading;
    @FXML private CheckBox runIn;
    @FXML private HBox formatBar;
    @FXML private ToggleButton bold;
    @FXML private ToggleButton italic;
    @FXML private ToggleButton underline;
    @FXML private StackPane page;
    @FXML private Pane closingForm;
    @FXML private HBox recipientRow;
    @FXML private TextField recipient;
    @FXML private TextArea attachments;
    @FXML private TextField signature;
    @FXML private TextField date;
    @FXML private Label placeholder;

    public EditorView(EditorViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Editor.fxml");
        root.getStylesheets().add(Fxml.css(EditorView.class, "editor.css"));
    }

    public VBox root() {
        return root;
    }

    public ReportArea area() {
        return area;
    }

    public TextField headingField() {
        return heading;
    }

    public TextField signatureField() {
        return signature;
    }

    public TextField dateField() {
        return date;
    }

    public TextField recipientField() {
        return recipient;
    }

    public TextArea attachmentsField() {
        return attachments;
    }

    /** Whether {@code f} edits the report (its Ctrl+Z is the report's), rather than e.g. a search box. */
    public boolean isReportField(javafx.scene.Node f) {
        for (javafx.scene.Node n = f; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return f == heading || f == recipient || f == attachments || f == signature || f == date;
    }

    /** Where the table and picture dialogs are asked (the main window's dialog service). */
    public void useDialogs(org.reportdesk.ui.DialogService service) {
        this.dialogs = service;
    }

    /** 插入表格, 插入图片 and the rest of tables and pictures in the body. */
    public org.reportdesk.ui.editor.table.ObjectActions objects() {
        return objects;
    }

    /** Sends typing a table cell still holds (before storing, undoing or closing). */
    public void commitPending() {
        area.commitPending();
    }

    @FXML
    private void initialize() {
        area.setId("body");
        area.setUndoRedo(vm::undo, vm::redo);
        area.setOnDistinctEdit(vm::startNewStep);
        area.setPasteAllowed(vm::acceptsPaste);
        for (TextInputControl f : new TextInputControl[] {heading, recipient, attachments, signature, date}) {
            f.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (UNDO.match(e)) {
                    e.consume();
                    vm.undo();
                } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                    e.consume();
                    vm.redo();
                }
            });
        }
        page.getChildren().add(new VirtualizedScrollPane<>(area));
        objects = new org.reportdesk.ui.editor.table.ObjectActions(area, vm, () -> dialogs != null ? dialogs
                : new org.reportdesk.ui.FxDialogService(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        heading.textProperty().bindBidirectional(vm.headingProperty());
        sectionLabel.textProperty().bind(vm.labelProperty());
        heading.setOnAction(e -> area.requestFocus());
        runIn.selectedProperty().bindBidirectional(vm.runInProperty());
        recipient.textProperty().bindBidirectional(vm.recipientProperty());
        attachments.textProperty().bindBidirectional(vm.attachmentsProperty());
        signature.textProperty().bindBidirectional(vm.signatureProperty());
        date.textProperty().bindBidirectional(vm.dateProperty());
        vm.modeProperty().addListener(o -> showMode());
        vm.loadsProperty().addListener(o -> loadBody());
        vm.zoom().factorProperty().addListener(o -> applyZoom());
        vm.caretRequestProperty().addListener((o, a, at) -> {
            if (at.intValue() >= 0) {
                area.moveTo(Math.min(at.intValue(), area.getLength()));
                area.requestFollowCaret();
                vm.caretRequestProperty().set(-1);
            }
        });
        area.caretPositionProperty().addListener((o, a, at) -> vm.caretProperty().set(at));
        area.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                if (e.getDeltaY() > 0) {
                    vm.zoom().zoomIn();
                } else {
                    vm.zoom().zoomOut();
                }
                e.consume();
            }
        });
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ZOOM_IN.match(e) || ZOOM_IN_PLUS.match(e) || ZOOM_IN_ADD.match(e)) {
                vm.zoom().zoomIn();
                e.consume();
            } else if (ZOOM_OUT.match(e) || ZOOM_OUT_SUBTRACT.match(e)) {
                vm.zoom().zoomOut();
                e.consume();
            } else if (ZOOM_RESET.match(e) || ZOOM_RESET_NUMPAD.match(e)) {
                vm.zoom().reset();
                e.consume();
            }
        });
        applyZoom();
        area.multiRichChanges().subscribe(changes -> {
            if (loading) {
                return;
            }
            if (changes.size() == 1) {
                var c = changes.get(0);
                vm.bodyChanged(c.getPosition(), c.getPosition() + c.getRemoved().length(),
                        RichTextDocuments.toRichText(c.getInserted()));
            } else {
                vm.bodyEdited(area.content());
            }
            if (changes.stream().anyMatch(c -> c.getRemoved().getText().indexOf(OBJECT) >= 0
                    || c.getInserted().getText().indexOf(OBJECT) >= 0)) {
                javafx.application.Platform.runLater(this::followModel);
            }
        });
        bold.setOnAction(e -> styleAndFocus(area::toggleBold));
        italic.setOnAction(e -> styleAndFocus(area::toggleItalic));
        underline.setOnAction(e -> styleAndFocus(area::toggleUnderline));
        area.caretPositionProperty().addListener(o -> showCaretStyle());
        area.selectionProperty().addListener(o -> showCaretStyle());
        showMode();
    }

    /**
     * After an edit around a table or picture that RichTextFX joined differently from the model (a
     * selection across objects deleted, say), shows the model's text again; the model is the truth.
     */
    private void followModel() {
        org.reportdesk.model.RichText body = vm.body();
        if (area.content().equals(body)) {
            return;
        }
        int caret = area.getCaretPosition() + body.length() - area.getLength();
        loadBody();
        area.moveTo(Math.max(0, Math.min(caret, area.getLength())));
    }

    private void applyZoom() {
        loading = true;
        try {
            area.setFontScale(vm.zoom().factorProperty().get());
        } finally {
            loading = false;
        }
    }

    private void styleAndFocus(Runnable toggle) {
        toggle.run();
        showCaretStyle();
        area.requestFocus();
    }

    private void showCaretStyle() {
        TextStyle s = area.styleAtCaret();
        bold.setSelected(s.bold());
        italic.setSelected(s.italic());
        underline.setSelected(s.underline());
    }

    private void loadBody() {
        loading = true;
        try {
            area.load(vm.body());
        } finally {
            loading = false;
        }
        showCaretStyle();
    }

    private void showMode() {
        EditorViewModel.Mode m = vm.modeProperty().get();
        boolean text = m == EditorViewModel.Mode.SECTION || m == EditorViewModel.Mode.FRONT;
        show(headingRow, text);
        show(recipientRow, m == EditorViewModel.Mode.FRONT);
        show(formatBar, text);
        show(page, text);
        show(closingForm, m == EditorViewModel.Mode.CLOSING);
        show(placeholder, m == EditorViewModel.Mode.NONE);
        show(runIn, m == EditorViewModel.Mode.SECTION);
        headingLabel.setText(Messages.get(m == EditorViewModel.Mode.FRONT ? "ui.editor.title" : "ui.editor.heading"));
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
