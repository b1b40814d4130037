package org.reportdesk.ui.preflight;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportdesk.check.Finding;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Fxml;

/** The findings panel under the editor: grouped findings, fix buttons, the target length. */
public final class PreflightView {

    private final PreflightViewModel vm;
    private Runnable afterFix = () -> { };
    private final VBox root;
    @FXML private Label summary;
    @FXML private Label targetText;
    @FXML private ProgressBar targetBar;
    @FXML private TreeView<Object> findings;
    @FXML private Button fixButton;
    @FXML private Button fixAllButton;
    @FXML private Label message;
    @FXML private ToggleButton collapse;
    @FXML private HBox fixBar;

    public PreflightView(PreflightViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Preflight.fxml");
        root.getStylesheets().add(Fxml.css(PreflightView.class, "preflight.css"));
    }

    public VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(vm.summaryProperty());
        message.textProperty().bind(vm.messageProperty());
        targetText.textProperty().bind(vm.target().textProperty());
        targetBar.progressProperty().bind(vm.target().progressProperty());
        targetBar.visibleProperty().bind(vm.target().valueProperty().greaterThan(0));
        findings.setRoot(new TreeItem<>());
        findings.setCellFactory(t -> new FindingCell(vm::applyFix));
        vm.groupsProperty().addListener((o, a, groups) -> rebuild(groups));
        findings.getSelectionModel().selectedItemProperty().addListener(o -> showFixButtons());
        // Only a click or Enter jumps to the text: a re-check while typing must not move the caret.
        findings.setOnMouseClicked(e -> showSelected());
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showSelected();
            }
        });
        rebuild(vm.groupsProperty().get());
        collapse.selectedProperty().addListener((o, a, folded) -> {
            for (Node n : new Node[] {findings, fixBar}) {
                n.setVisible(!folded);
                n.setManaged(!folded);
            }
            collapse.setText(folded ? "▸" : "▾");
        });
    }

    /** Whether only the header row shows (the user folded the panel away). */
    public BooleanProperty collapsedProperty() {
        return collapse.selectedProperty();
    }

    private Finding selected() {
        TreeItem<Object> item = findings.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof Finding f ? f : null;
    }

    private void showSelected() {
        Finding f = selected();
        if (f != null) {
            vm.show(f);
        }
    }

    private void rebuild(List<FindingGroups.SeverityGroup> groups) {
        Finding keep = selected();
        TreeItem<Object> root = new TreeItem<>();
        TreeItem<Object> reselect = null;
        for (FindingGroups.SeverityGroup g : groups) {
            TreeItem<Object> gi = new TreeItem<>(g);
            gi.setExpanded(true);
            for (FindingGroups.SectionGroup s : g.sections()) {
                TreeItem<Object> si = new TreeItem<>(s);
                si.setExpanded(true);
                for (Finding f : s.findings()) {
                    TreeItem<Object> fi = new TreeItem<>(f);
                    si.getChildren().add(fi);
                    if (f.equals(keep)) {
                        reselect = fi;
                    }
                }
                gi.getChildren().add(si);
            }
            root.getChildren().add(gi);
        }
        findings.setRoot(root);
        if (reselect != null) {
            findings.getSelectionModel().select(reselect);
        }
        showFixButtons();
    }

    private void showFixButtons() {
        Finding f = selected();
        boolean fixable = f != null && f.fix() != null;
        fixButton.setDisable(!fixable);
        fixButton.setText(fixable ? f.fix().label() : Messages.get("check.ui.fix"));
        long all = fixable ? vm.fixableCount(f.rule()) : 0;
        fixAllButton.setVisible(all > 1);
        fixAllButton.setManaged(all > 1);
        fixAllButton.setText(Messages.get("check.ui.fixAll", all));
    }

    @FXML private void fix() {
        Finding f = selected();
        if (f != null) {
            vm.applyFix(f);
            afterFix.run();
        }
    }

    @FXML private void fixAll() {
        Finding f = selected();
        if (f != null) {
            vm.fixAll(f.rule());
            afterFix.run();
        }
    }

    /** Run after 修复 / 全部修复: the buttons hide once used, so the focus must be given back to the text. */
    public void setAfterFix(Runnable afterFix) {
        this.afterFix = afterFix;
    }

    @FXML private void recheck() {
        vm.checkNow();
    }

    @FXML private void editTarget() {
        int now = vm.target().valueProperty().get();
        TextInputDialog d = new TextInputDialog(now > 0 ? Integer.toString(now) : "");
        d.initOwner(root.getScene().getWindow());
        d.setTitle(Messages.get("check.ui.targetLabel"));
        d.setHeaderText(null);
        d.setContentText(Messages.get("check.ui.targetPrompt"));
        d.showAndWait().ifPresent(typed -> {
            int v = TargetLength.parse(typed);
            if (v < 0) {
                vm.messageProperty().set(Messages.get("check.ui.targetBad"));
            } else {
                vm.target().set(v);
            }
        });
    }

    /** Opens the target length dialog (menu 编辑 → 目标字数). */
    public void askTarget() {
        editTarget();
    }
}
