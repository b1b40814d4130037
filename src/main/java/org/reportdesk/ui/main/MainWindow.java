package org.reportdesk.ui.main;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reportdesk.services.Services;
import org.reportdesk.services.Settings;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.TemplateLibrary;

/**
 * Sets up the main window on a stage: scene, title, remembered size, position and divider
 * positions, and the unsaved-changes question on close. Used by the application and by UI tests.
 */
public final class MainWindow {

    private final MainViewModel vm;
    private final MainView view;
    private final Stage stage;

    private MainWindow(MainViewModel vm, MainView view, Stage stage) {
        this.vm = vm;
        this.view = view;
        this.stage = stage;
    }

    /** Builds the main window on {@code stage} (not yet shown); the library panel shows what is indexed. */
    public static MainWindow create(Services services, Stage stage) {
        TemplateLibrary library = services.library();
        return create(services, stage, library::ensureIndexCurrent, ignored -> { });
    }

    /**
     * Builds the main window on {@code stage} (not yet shown) and runs {@code libraryStartUp} in the
     * background; the library panel says it is loading until that is done.
     */
    public static <T> MainWindow create(Services services, Stage stage, Callable<T> libraryStartUp,
                                        Consumer<? super T> onLibraryReady) {
        MainViewModel vm = new MainViewModel(services);
        MainView view = new MainView(vm);
        MainWindow w = new MainWindow(vm, view, stage);
        Settings s = services.settings();
        Scene scene = new Scene(view.root(), 1200, 780);
        stage.setScene(scene);
        stage.titleProperty().bind(vm.windowTitleProperty());
        w.restoreGeometry(s);
        stage.setOnCloseRequest(e -> {
            if (!view.actions().confirmDiscard()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> w.rememberGeometry(s));
        vm.library().start(libraryStartUp, onLibraryReady);
        if (vm.reportProperty().get() == null) {
            vm.info(Messages.get("ui.main.welcome"));
        }
        return w;
    }

    private void restoreGeometry(Settings s) {
        double x = s.getDouble("window.x", Double.NaN);
        double y = s.getDouble("window.y", Double.NaN);
        double w = s.getDouble("window.width", Double.NaN);
        double h = s.getDouble("window.height", Double.NaN);
        if (w >= 400 && h >= 300) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(x, y, 200, 40).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(s.get("window.maximized", "false")));
        PaneWidths.restore(view.split(), s);
    }

    private void rememberGeometry(Settings s) {
        s.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            s.putDouble("window.x", stage.getX());
            s.putDouble("window.y", stage.getY());
            s.putDouble("window.width", stage.getWidth());
            s.putDouble("window.height", stage.getHeight());
        }
        PaneWidths.remember(view.split(), s);
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }
}
