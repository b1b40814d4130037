package org.reportdesk.ui.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.reportdesk.docx.ExportProfile;
import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Report;
import org.reportdesk.pdf.PdfExporter;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.ui.DialogService;
import org.reportdesk.ui.Failures;
import org.reportdesk.ui.export.FolderOpener;

/**
 * 文件 → 导出 PDF…: the same pages as the page view, written as a PDF in the background, then
 * 打开 (the system's PDF reader) or 关闭. A face set in a substitute font is named.
 */
public final class PdfExport {

    /** Writes a PDF (blocking) and returns the faces it set in a substitute, with the substitute. */
    public interface Writer {
        Map<String, String> write(Report report, ExportProfile profile, Path target);
    }

    private static PdfExporter shared;

    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final FolderOpener opener;
    private final Writer writer;
    private final Consumer<String> info;

    public PdfExport(DialogService dialogs, TaskExecutor executor, FolderOpener opener, Writer writer, Consumer<String> info) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.opener = opener;
        this.writer = writer;
        this.info = info;
    }

    /** The PDF exporter of this process: its fonts are parsed once (seconds), then kept. */
    public static synchronized Writer sharedWriter() {
        return (report, profile, target) -> {
            PdfExporter e;
            synchronized (PdfExport.class) {
                if (shared == null) {
                    shared = new PdfExporter();
                }
                e = shared;
            }
            e.export(report, profile, target);
            return e.substitutes();
        };
    }

    /** Asks where, then exports {@code report} (a snapshot) with {@code profile}; {@code onWritten} gets the file. */
    public void export(Report report, ExportProfile profile, Path folder, String baseName, Consumer<Path> onWritten) {
        if (report == null) {
            return;
        }
        dialogs.chooseFileToSave(Messages.get("pages.pdf.title"), new DialogService.FileType(Messages.get("pages.pdf.filter"), "*.pdf"),
                folder, baseName + ".pdf").ifPresent(chosen -> {
                    String p = chosen.toAbsolutePath().toString();
                    Path target = Path.of(p.toLowerCase(Locale.ROOT).endsWith(".pdf") ? p : p + ".pdf");
                    info.accept(Messages.get("pages.pdf.running"));
                    executor.submit(TaskExecutor.Lane.LONG, () -> writer.write(report, profile, target),
                            substitutes -> {
                                onWritten.accept(target);
                                done(target, substitutes);
                            },
                            e -> dialogs.showError(Failures.sentence(e)));
                });
    }

    private void done(Path target, Map<String, String> substitutes) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("pages.pdf.done", target.toString()));
        substitutes.forEach((face, font) -> lines.add(Messages.get("export.pdf.fontSubstitute", face, font)));
        String message = String.join("\n", lines);
        info.accept(lines.get(0));
        if (!opener.supported()) {
            dialogs.showInfo(message);
            return;
        }
        int answer = dialogs.choose(Messages.get("pages.pdf.title"), message,
                List.of(Messages.get("pages.pdf.open"), Messages.get("pages.pdf.close")), 1);
        if (answer == 0) {
            executor.submit(() -> {
                opener.open(target);
                return null;
            }, ignored -> { }, e -> dialogs.showError(Messages.get("wordHabits.export.openFileFailed", target.toString())));
        }
    }
}
