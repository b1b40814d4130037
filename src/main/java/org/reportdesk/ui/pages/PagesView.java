package org.reportdesk.ui.pages;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.reportdesk.ui.Fxml;

/**
 * 页面视图: binds {@link PagesViewModel} to a list of page canvases. The list is virtual (only the
 * pages on screen have a canvas), so a hundred pages scroll like one. Ctrl+wheel zooms.
 */
public final class PagesView {

    /** Pixels per point at 100 % (JavaFX pixels are 1/96 in). */
    static final double PX_PER_PT = 96.0 / 72.0;
    private static final double SCROLLBAR = 18;

    private final PagesViewModel vm;
    private final BorderPane root;
    private PagePainter painter;
    private Runnable onPrint = () -> { };
    @FXML private ListView<PageSheet> list;
    @FXML private ToggleButton fitButton;
    @FXML private Label zoomLabel;
    @FXML private Label status;
    @FXML private Label title;
    @FXML private Button printButton;

    public PagesView(PagesViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Pages.fxml");
        root.getStylesheets().add(Fxml.css(PagesView.class, "pages.css"));
    }

    @FXML
    private void initialize() {
        list.setItems(vm.pages());
        list.setCellFactory(l -> new PageCell(painter(), this::scale, vm.highlightedProperty()::get, vm));
        zoomLabel.textProperty().bind(vm.zoomProperty().multiply(100).asString("%.0f%%"));
        status.textProperty().bind(vm.statusProperty());
        fitButton.selectedProperty().bind(vm.fitWidthProperty());
        printButton.disableProperty().bind(vm.pageCountProperty().isEqualTo(0));
        vm.zoomProperty().addListener(o -> redraw());
        vm.highlightedProperty().addListener(o -> list.refresh());
        vm.fitWidthProperty().addListener(o -> fit());
        list.widthProperty().addListener(o -> fit());
        vm.pages().addListener((javafx.collections.ListChangeListener<PageSheet>) c -> {
            fit();
            redraw();
        });
        vm.followProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() < list.getItems().size()) {
                list.scrollTo(b.intValue());
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                if (e.getDeltaY() > 0) {
                    vm.zoomIn();
                } else if (e.getDeltaY() < 0) {
                    vm.zoomOut();
                }
                e.consume();
            }
        });
    }

    /** The painter, made once the toolbar's font (the UI's Chinese font, set by the window's look) is known. */
    private PagePainter painter() {
        if (painter == null) {
            painter = new PagePainter(new PageFonts(title.getFont().getFamily()));
        }
        return painter;
    }

    private double scale() {
        return vm.zoomProperty().get() * PX_PER_PT;
    }

    private void fit() {
        if (!vm.fitWidthProperty().get() || vm.pages().isEmpty() || list.getWidth() <= 0) {
            return;
        }
        double page = vm.pages().get(0).widthPt() * PX_PER_PT;
        double z = Math.max(0.2, (list.getWidth() - SCROLLBAR - 2 * PageCell.GAP) / page);
        vm.zoomProperty().set(Math.floor(z * 100) / 100);
    }

    private void redraw() {
        if (!vm.pages().isEmpty()) {
            list.setFixedCellSize(Math.ceil(vm.pages().get(0).heightPt() * scale()) + PageCell.GAP);
        }
        list.refresh();
    }

    @FXML private void fitWidth() {
        vm.fitToWidth();
        fit();
    }

    @FXML private void actualSize() {
        vm.actualSize();
    }

    @FXML private void zoomIn() {
        vm.zoomIn();
    }

    @FXML private void zoomOut() {
        vm.zoomOut();
    }

    @FXML private void print() {
        onPrint.run();
    }

    /** What 打印… in the page view's toolbar does (the same command as 文件 → 打印…). */
    public void setOnPrint(Runnable action) {
        this.onPrint = action;
    }

    public BorderPane root() {
        return root;
    }

    /** A page drawn for the printer: nodes in points (true size at the printer's resolution). */
    public javafx.scene.Node printable(PageSheet sheet) {
        NodeSurface s = new NodeSurface();
        painter().paint(sheet, s, null);
        return s.group();
    }
}
