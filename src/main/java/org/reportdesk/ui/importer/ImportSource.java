package org.reportdesk.ui.importer;

import java.nio.file.Path;
import org.reportdesk.services.Importer;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/** What is being imported (a file or pasted text), read again each time the preview's options change. */
@FunctionalInterface
public interface ImportSource {

    ImportResult read(ImportOptions options);

    static ImportSource file(Path file) {
        Importer importer = new Importer();
        return o -> importer.importFile(file, o);
    }

    static ImportSource text(String text) {
        Importer importer = new Importer();
        return o -> importer.importText(text, o);
    }
}
