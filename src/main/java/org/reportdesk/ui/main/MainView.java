package org.reportdesk.ui.main;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Fxml;
import org.reportdesk.ui.editor.EditorView;
import org.reportdesk.ui.library.LibraryActions;
import org.reportdesk.ui.library.LibraryView;
import org.reportdesk.ui.outline.OutlineView;
import org.reportdesk.ui.outline.OutlineViewModel;
import org.reportdesk.ui.preflight.EditorNavigator;
import org.reportdesk.ui.preflight.PreflightPane;

/** The main window's controller: binds menus, toolbar, panes and status bar; dialogs live in {@link MainActions}. */
public final class MainView {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final MainViewModel vm;
    private final BorderPane root;
    private final OutlineView outlineView;
    private final EditorView editorView;
    private final LibraryView libraryView;
    private final LibraryActions libraryActions;
    private final MainActions actions;
    private PreflightPane preflight;
    private final org.reportdesk.ui.pages.PagesView pagesView; // page-view
    private javafx.scene.control.SplitPane editorAndPages;
    @FXML private Label pageCount;
    @FXML private MenuItem printItem;
    @FXML private MenuItem exportPdfItem;
    @FXML private javafx.scene.control.CheckMenuItem pagesItem;
    @FXML private SplitPane split;
    @FXML private javafx.scene.control.MenuBar menuBar; // word-habits: the shortcut help reads its accelerators
    @FXML private StackPane outlineHolder;
    @FXML private StackPane editorHolder;
    @FXML private StackPane libraryHolder;
    @FXML private Label sectionChars;
    @FXML private Label reportChars;
    @FXML private Label message;
    @FXML private Label checkSummary;
    @FXML private ProgressIndicator busy;
    @FXML private MenuItem saveItem;
    @FXML private MenuItem saveAsItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem rollForwardItem;
    @FXML private MenuItem historyItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Menu outlineMenu;
    @FXML private Button saveButton;
    @FXML private Button exportButton;
    @FXML private Button addSiblingButton;
    @FXML private Button addChildButton;
    @FXML private Button deleteButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button promoteButton;
    @FXML private Button demoteButton;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.outlineView = new OutlineView(vm.outline());
        this.editorView = new EditorView(vm.editor());
        this.libraryView = new LibraryView(vm.library());
        this.pagesView = new org.reportdesk.ui.pages.PagesView(vm.pages());
        this.root = Fxml.load(this, "Main.fxml");
        this.libraryActions = new LibraryActions(vm.services(), libraryView, outlineView, vm::info, vm::error);
        root.getStylesheets().add(Fxml.css(MainView.class, "main.css"));
        this.actions = new MainActions(vm, this);
        MainContextMenus.install(this, vm);
    }

    public BorderPane root() {
        return root;
    }

    public SplitPane split() {
        return split;
    }

    public OutlineView outlineView() {
        return outlineView;
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    public EditorView editorView() {
        return editorView;
    }

    public MainActions actions() {
        return actions;
    }

    public PreflightPane preflight() {
        return preflight;
    }

    @FXML private Label saveStatus;
    @FXML private Button zoomOutButton;
    @FXML private Button zoomLabel;
    @FXML private Button zoomInButton;

    @FXML
    private void initialize() {
        outlineHolder.getChildren().add(outlineView.root());
        EditorNavigator navigator = new EditorNavigator(vm.outline(), vm.editor(), editorView, vm.reportProperty()::get);
        preflight = new PreflightPane(vm.preflight(), navigator, editorView.root());
        vm.onReplayed(navigator::showCaret);
        editorHolder.getChildren().add(preflight.root());
        bindPages(navigator);
        checkSummary.textProperty().bind(vm.preflight().summaryProperty());
        libraryHolder.getChildren().add(libraryView.root());
        SplitPane.setResizableWithParent(outlineHolder, false);
        SplitPane.setResizableWithParent(libraryHolder, false);
        sectionChars.textProperty().bind(vm.editor().charsProperty().asString(java.util.Locale.ROOT, Messages.get("ui.status.sectionChars")));
        reportChars.textProperty().bind(vm.reportCharsProperty().asString(java.util.Locale.ROOT, Messages.get("ui.status.reportChars")));
        message.textProperty().bind(vm.messageProperty());
        saveStatus.textProperty().bind(vm.saveStatusProperty());
        zoomLabel.textProperty().bind(vm.editor().zoom().factorProperty().multiply(100).asString("%.0f%%"));
        zoomLabel.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ui.status.zoomReset")));
        zoomInButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ui.status.zoomIn")));
        zoomOutButton.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ui.status.zoomOut")));
        vm.messageIsErrorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(ERROR, b));
        busy.visibleProperty().bind(vm.busyProperty());
        var noReport = vm.reportProperty().isNull();
        for (var b : new Button[] {saveButton, exportButton, addSiblingButton, addChildButton, deleteButton,
                upButton, downButton, promoteButton, demoteButton}) {
            b.disableProperty().bind(noReport);
        }
        saveItem.disableProperty().bind(noReport);
        saveAsItem.disableProperty().bind(noReport);
        exportItem.disableProperty().bind(noReport);
        rollForwardItem.disableProperty().bind(noReport);
        historyItem.disableProperty().bind(noReport);
        outlineMenu.disableProperty().bind(noReport);
        undoItem.disableProperty().bind(vm.undo().canUndoProperty().not());
        undoButton.disableProperty().bind(vm.undo().canUndoProperty().not());
        redoItem.disableProperty().bind(vm.undo().canRedoProperty().not());
        redoButton.disableProperty().bind(vm.undo().canRedoProperty().not());
    }

    /** 页面视图 beside the editor (视图 → 页面视图), the page count, clicks on a page, 打印. */
    private void bindPages(EditorNavigator navigator) {
        org.reportdesk.ui.pages.PageNavigation.install(vm.pages(), navigator, vm.reportProperty()::get);
        pageCount.textProperty().bind(vm.pages().statusProperty());
        pagesItem.selectedProperty().bindBidirectional(vm.pages().shownProperty());
        printItem.disableProperty().bind(vm.reportProperty().isNull());
        exportPdfItem.disableProperty().bind(vm.reportProperty().isNull());
        pagesView.setOnPrint(this::print);
        vm.pages().shownProperty().addListener((o, a, shown) -> showPages(shown));
        showPages(vm.pages().shownProperty().get());
    }

    private void showPages(boolean shown) {
        if (shown && editorAndPages == null) {
            editorHolder.getChildren().remove(preflight.root());
            editorAndPages = new SplitPane(preflight.root(), pagesView.root());
            editorAndPages.setDividerPositions(0.5);
            editorHolder.getChildren().add(editorAndPages);
        } else if (!shown && editorAndPages != null) {
            editorAndPages.getItems().clear();
            editorHolder.getChildren().setAll(preflight.root());
            editorAndPages = null;
        }
    }

    public org.reportdesk.ui.pages.PagesView pagesView() {
        return pagesView;
    }

    @FXML private void exportPdf() {
        actions.exportPdf();
    }

    @FXML private void print() {
        actions.print(pagesView);
    }

    @FXML private void newReport() {
        actions.newReport();
    }

    @FXML private void openStored() {
        actions.openStored();
    }

    @FXML private void save() {
        vm.save();
    }

    @FXML private void saveAs() {
        actions.saveAs();
    }

    @FXML private void openFile() {
        actions.openFile();
    }

    @FXML private void importFile() {
        actions.importFile();
    }

    @FXML private void pasteAsOutline() {
        actions.pasteAsOutline();
    }

    @FXML private void export() {
        actions.export();
    }

    @FXML private void exportProfiles() {
        actions.exportProfiles();
    }

    @FXML private void exportPack() {
        libraryActions.exportPack();
    }

    @FXML private void importPack() {
        libraryActions.importPack();
    }

    @FXML private void rollForward() {
        if (actions.confirmDiscard()) {
            vm.rollForward();
        }
    }

    @FXML private void saveAsTemplate() {
        libraryActions.saveSelectedAsTemplate();
    }

    @FXML private void history() {
        actions.history();
    }

    @FXML private void backup() {
        actions.backup();
    }

    @FXML private void restoreBackup() {
        actions.restoreBackup();
    }

    @FXML private void exit() {
        actions.exit();
    }

    @FXML private void insertTable() {
        editorView.objects().askAndInsertTable();
    }

    @FXML private void insertPicture() {
        editorView.objects().askAndInsertPicture();
    }

    @FXML private void undo() {
        actions.undo();
    }

    @FXML private void redo() {
        actions.redo();
    }

    @FXML private void findReplace() {
        preflight.findReplace(true);
    }

    @FXML private void find() {
        preflight.findReplace(false);
    }

    @FXML private void nextFillIn() {
        preflight.nextFillIn();
    }

    @FXML private void previousFillIn() {
        preflight.previousFillIn();
    }

    @FXML private void targetLength() {
        preflight.askTarget();
    }

    @FXML private void cut() {
        actions.clipboard(MainActions.Clip.CUT);
    }

    @FXML private void copy() {
        actions.clipboard(MainActions.Clip.COPY);
    }

    @FXML private void paste() {
        actions.clipboard(MainActions.Clip.PASTE);
    }

    @FXML private void addSibling() {
        addSiblingAndEdit();
    }

    @FXML private void addChild() {
        addChildAndEdit();
    }

    void addSiblingAndEdit() {
        outline().addSibling();
        editNewHeading();
    }

    void addChildAndEdit() {
        outline().addChild();
        editNewHeading();
    }

    void saveSelectedAsTemplate() {
        libraryActions.saveSelectedAsTemplate();
    }

    /** After a section was added, the user types its heading straight away. */
    private void editNewHeading() {
        if (outline().messageProperty().get().isEmpty()) {
            editorView.headingField().requestFocus();
            editorView.headingField().selectAll();
        }
    }

    @FXML private void deleteSection() {
        outline().delete();
    }

    @FXML private void moveUp() {
        outline().moveUp();
    }

    @FXML private void moveDown() {
        outline().moveDown();
    }

    @FXML private void promote() {
        outline().promote();
    }

    @FXML private void demote() {
        outline().demote();
    }

    @FXML private void zoomIn() {
        vm.editor().zoom().zoomIn();
    }

    @FXML private void zoomOut() {
        vm.editor().zoom().zoomOut();
    }

    @FXML private void resetZoom() {
        vm.editor().zoom().reset();
    }

    @FXML private void showShortcuts() {
        actions.info(ShortcutHelp.text(menuBar));
    }

    @FXML private void showAbout() {
        actions.info(Messages.get("ui.help.about"));
    }

    private OutlineViewModel outline() {
        return vm.outline();
    }
}
