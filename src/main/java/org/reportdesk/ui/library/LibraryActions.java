package org.reportdesk.ui.library;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.reportdesk.services.Services;
import org.reportdesk.i18n.Messages;
import org.reportdesk.library.TemplatePacks;
import org.reportdesk.model.Section;
import org.reportdesk.ui.outline.OutlineView;

/** The library's dialogs and file choosers: 存为模板, 编辑模板信息, 模板包 import and export. */
public final class LibraryActions {

    private static final String FOLDER_PACKS = "folder.templatePack";

    private final Services services;
    private final LibraryViewModel library;
    private final LibraryView view;
    private final OutlineView outline;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final PackViewModel packs;

    public LibraryActions(Services services, LibraryView view, OutlineView outline, Consumer<String> info,
                          Consumer<String> error) {
        this.services = services;
        this.library = view.viewModel();
        this.view = view;
        this.outline = outline;
        this.info = info;
        this.error = error;
        this.packs = new PackViewModel(new TemplatePacks(services.library()), services.executor(), library::changed,
                info, error);
        view.setOnEdit(this::edit);
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }

    public void saveSelectedAsTemplate() {
        Section s = outline.viewModel().selectedSection();
        if (s == null) {
            return;
        }
        SaveTemplateViewModel m = SaveTemplateViewModel.forSection(services.library(), services.executor(), s);
        new SaveTemplateDialog(m, library.topics(), window()).showAndWait().ifPresent(t -> {
            library.changed();
            info.accept(Messages.get("ui.library.saved", t.title()));
        });
    }

    private void edit(long templateId) {
        services.executor().submit(() -> services.library().find(templateId).orElseThrow(), t -> {
            SaveTemplateViewModel m = SaveTemplateViewModel.forTemplate(services.library(), services.executor(), t);
            new SaveTemplateDialog(m, library.topics(), window()).showAndWait()
                    .ifPresent(saved -> library.changed());
        }, e -> error.accept(org.reportdesk.ui.Failures.sentence(e)));
    }

    public void exportPack() {
        FileChooser fc = chooser();
        fc.setInitialFileName(Messages.get("ui.library.packs") + TemplatePacks.EXTENSION);
        File f = fc.showSaveDialog(window());
        if (f != null) {
            remember(f);
            packs.exportTo(PackViewModel.withExtension(f.toPath()));
        }
    }

    public void importPack() {
        File f = chooser().showOpenDialog(window());
        if (f != null) {
            remember(f);
            packs.importFrom(f.toPath());
        }
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.library.packFilter"), "*.json"));
        File dir = new File(services.settings().get(FOLDER_PACKS, System.getProperty("user.home")));
        if (dir.isDirectory()) {
            fc.setInitialDirectory(dir);
        }
        return fc;
    }

    private void remember(File f) {
        Path parent = f.toPath().toAbsolutePath().getParent();
        if (parent != null) {
            services.settings().put(FOLDER_PACKS, parent.toString());
        }
    }
}
