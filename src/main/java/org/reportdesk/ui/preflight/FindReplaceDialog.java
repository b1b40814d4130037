package org.reportdesk.ui.preflight;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.reportdesk.check.FindReplace;
import org.reportdesk.i18n.Messages;
import org.reportdesk.ui.Fxml;

/** The 查找和替换 window: stays open beside the report while the user steps through hits. */
public final class FindReplaceDialog {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final FindReplaceViewModel vm;
    private final Stage stage = new Stage();
    private final TextField find = new TextField();
    private final TextField replace = new TextField();

    public FindReplaceDialog(FindReplaceViewModel vm, Window owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle(Messages.get("check.find.title"));
        find.setId("findField");
        replace.setId("replaceField");
        find.textProperty().bindBidirectional(vm.findProperty());
        replace.textProperty().bindBidirectional(vm.replacementProperty());
        CheckBox regex = new CheckBox(Messages.get("check.find.regex"));
        regex.setId("regexBox");
        regex.selectedProperty().bindBidirectional(vm.regexProperty());
        // the syntax in plain words, shown while the pattern mode is on (regular expressions underneath)
        Label patternHelp = new Label(Messages.get("wordHabits.find.patternHelp"));
        patternHelp.setId("patternHelp");
        patternHelp.setWrapText(true);
        patternHelp.getStyleClass().add("pattern-help");
        patternHelp.visibleProperty().bind(regex.selectedProperty());
        patternHelp.managedProperty().bind(regex.selectedProperty());
        regex.setTooltip(new javafx.scene.control.Tooltip(Messages.get("wordHabits.find.patternHelp")));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(Messages.get("check.find.findLabel")), find);
        form.addRow(1, new Label(Messages.get("check.find.replaceLabel")), replace);
        form.add(regex, 1, 2);
        GridPane.setHgrow(find, Priority.ALWAYS);
        ListView<FindReplace.Hit> hits = new ListView<>(vm.hits());
        hits.setId("hitList");
        hits.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FindReplace.Hit h, boolean empty) {
                super.updateItem(h, empty);
                setText(empty || h == null ? null : h.where() + "　" + h.context());
            }
        });
        hits.setOnMouseClicked(e -> {
            FindReplace.Hit h = hits.getSelectionModel().getSelectedItem();
            if (h != null) {
                vm.show(h);
            }
        });
        vm.currentProperty().addListener((o, a, i) -> {
            if (i.intValue() >= 0) {
                hits.getSelectionModel().select(i.intValue());
                hits.scrollTo(i.intValue());
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        Label message = new Label();
        message.setId("findMessage");
        message.textProperty().bind(vm.messageProperty());
        vm.errorProperty().addListener((o, a, b) -> message.pseudoClassStateChanged(ERROR, b));
        Button next = new Button(Messages.get("check.find.next"));
        next.setId("findNext");
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.next());
        Button all = new Button(Messages.get("check.find.replaceAll"));
        all.setId("replaceAll");
        all.setOnAction(e -> vm.replaceAll());
        HBox buttons = new HBox(8, message, next, all);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        patternHelp.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox root = new VBox(8, form, patternHelp, hits, buttons);
        root.setPadding(new Insets(10));
        root.getStyleClass().add("find-replace");
        Scene scene = new Scene(root, 520, 420);
        scene.getStylesheets().add(Fxml.css(FindReplaceDialog.class, "preflight.css"));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        stage.setScene(scene);
    }

    /** Shows the window (or brings it to the front) with the cursor in 查找 or 替换为. */
    public void show(boolean focusReplace) {
        vm.search();
        stage.show();
        stage.toFront();
        (focusReplace && !find.getText().isEmpty() ? replace : find).requestFocus();
    }

    public Stage stage() {
        return stage;
    }
}
