package org.reportdesk.ui.editor;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.reportdesk.i18n.Messages;
import org.reportdesk.io.ReportLimits;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.text.ClipboardTables;

/**
 * Where tables and pictures come from: a picture file (PNG or JPEG, within the size limits), the
 * clipboard (a table as HTML or tab-separated text, a picture file copied in a file manager). A
 * refusal is one sentence to {@code refuse}; nothing changes then.
 */
public final class ObjectSources {

    private final Consumer<String> refuse;

    public ObjectSources(Consumer<String> refuse) {
        this.refuse = refuse;
    }

    /** The picture in the file, or empty (with a sentence) when it is no PNG/JPEG or too large for the report. */
    public Optional<Picture> picture(Path file, Report report) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > Picture.MAX_BYTES) {
                return refused(Messages.get("picture.tooLarge", name, Picture.MAX_BYTES / (1024 * 1024)));
            }
            byte[] data;
            try (InputStream in = Files.newInputStream(file)) {
                data = in.readNBytes(Picture.MAX_BYTES + 1);
            }
            if (data.length > Picture.MAX_BYTES) {
                return refused(Messages.get("picture.tooLarge", name, Picture.MAX_BYTES / (1024 * 1024)));
            }
            if (report != null && pictureBytes(report) + data.length > ReportLimits.MAX_PICTURE_BYTES) {
                return refused(Messages.get("picture.noRoom", name, ReportLimits.MAX_PICTURE_BYTES / (1024 * 1024)));
            }
            return Optional.of(Picture.of(data, ""));
        } catch (IllegalArgumentException e) {
            return refused(Messages.get("picture.notAnImage", name));
        } catch (IOException e) {
            return refused(Messages.get("picture.unreadable", name));
        }
    }

    /**
     * What the clipboard holds as an object: null when it holds none (paste the text), empty when it
     * holds one that was refused, else the table or picture.
     */
    public Optional<Embedded> fromClipboard(String html, String text, List<File> files, Report report) {
        if (files != null && files.size() == 1 && isPictureName(files.get(0).getName())) {
            return picture(files.get(0).toPath(), report).map(p -> (Embedded) p);
        }
        Optional<Table> table = ClipboardTables.from(html, text);
        if (table.isEmpty()) {
            return null;
        }
        if (report != null && !ReportLimits.roomFor(report, 0, table.get().textLength())) {
            return refused(Messages.get("limits.noRoomToPaste", table.get().textLength(), ReportLimits.MAX_CHARS / 10_000));
        }
        return Optional.of(table.get());
    }

    private static boolean isPictureName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    private <T> Optional<T> refused(String sentence) {
        refuse.accept(sentence);
        return Optional.empty();
    }

    private static long pictureBytes(Report r) {
        long[] n = {0};
        for (Section top : r.sections()) {
            n[0] += pictureBytes(top);
            top.forEachDescendant(s -> n[0] += pictureBytes(s));
        }
        return n[0];
    }

    private static long pictureBytes(Section s) {
        long n = 0;
        if (s.body().hasObjects()) {
            for (Paragraph p : s.body().paragraphs()) {
                if (p.embedded() instanceof Picture pic) {
                    n += pic.byteCount();
                }
            }
        }
        return n;
    }
}
