package org.reportdesk.ui.export;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Shows a folder in the platform's file manager, or opens a file in its application, where the platform can. */
public interface FolderOpener {

    boolean supported();

    /** Blocking (a file manager may take a moment): call it through the task executor. */
    void open(Path folderOrFile);

    /** Never supported: for tests and headless machines. */
    FolderOpener NONE = new FolderOpener() {
        @Override
        public boolean supported() {
            return false;
        }

        @Override
        public void open(Path folder) {
            throw new UnsupportedOperationException("no file manager");
        }
    };

    /** java.awt.Desktop, which exists only with a display (touching it headless throws). */
    static FolderOpener desktop() {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return NONE;
        }
        return new FolderOpener() {
            @Override
            public boolean supported() {
                return true;
            }

            @Override
            public void open(Path folder) {
                try {
                    Desktop.getDesktop().open(folder.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
