package org.reportdesk.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.reportdesk.docx.read.BodyReader;
import org.reportdesk.docx.read.ImageParts;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Span;
import org.reportdesk.model.Table;
import org.reportdesk.text.Captions;
import org.reportdesk.text.ImportWarning;
import org.reportdesk.text.SourceLine;

/**
 * Tables and pictures among the paragraphs the importer reads: a table takes the title-like
 * paragraph above it as its title, a picture the 图1… paragraph below it as its caption (the
 * paragraph taken is left empty, so line numbers stay); pictures are loaded from their image
 * parts, PNG and JPEG kept, others and those over the size limits counted for one warning each.
 */
final class DocxObjects {

    private final ImageParts images;
    private final List<SourceLine> lines;
    private int titleCandidate = -1;
    private boolean titleEmphasized;
    private int lastPicture = -1;
    private int unsupported;
    private final TreeSet<String> unsupportedFormats = new TreeSet<>();
    private int tooLarge;
    private int tables;
    private int pictures;

    DocxObjects(ImageParts images, List<SourceLine> lines) {
        this.images = images;
        this.lines = lines;
    }

    /** Adds the table as line {@code n}, with the paragraph above as its title when it reads as one. */
    void table(int n, Table table) {
        Table t = table;
        if (titleCandidate >= 0) {
            SourceLine above = lines.get(titleCandidate);
            if (Captions.tableTitle(above.text(), titleEmphasized)) {
                t = t.withTitle(above.text().strip());
                lines.set(titleCandidate, SourceLine.plain(above.number(), ""));
            }
        }
        lines.add(new SourceLine(n, Paragraph.of(t), 0, false));
        tables++;
        titleCandidate = -1;
        lastPicture = -1;
    }

    /**
     * Adds a text paragraph as line {@code n} (or, when it reads as the caption of the picture just
     * above, makes it that caption); returns whether the paragraph was added as text.
     */
    boolean text(int n, Paragraph rich, BodyReader.ReadParagraph para, int level, boolean styledTitle) {
        String text = rich.plainText();
        if (text.isBlank() && para.pictureIds().isEmpty()) {
            lines.add(new SourceLine(n, rich, level, styledTitle));
            return true;
        }
        if (lastPicture >= 0 && level == 0 && Captions.pictureCaption(text)) {
            SourceLine pic = lines.get(lastPicture);
            Picture p = (Picture) pic.paragraph().embedded();
            lines.set(lastPicture, pic.withParagraph(Paragraph.of(p.withCaption(text.strip()))));
            lines.add(SourceLine.plain(n, ""));
            lastPicture = -1;
            return false;
        }
        lastPicture = -1;
        if (!text.isBlank()) {
            lines.add(new SourceLine(n, rich, level, styledTitle));
            titleCandidate = level == 0 && !styledTitle ? lines.size() - 1 : -1;
            titleEmphasized = para.centered() || allBold(rich);
        }
        return true;
    }

    /**
     * Adds the pictures of a paragraph, the first as line {@code n} and each further one on the
     * next number; returns the last number used ({@code n - 1} when none was added).
     */
    int pictures(int n, BodyReader.ReadParagraph para) {
        int at = n;
        for (String id : para.pictureIds()) {
            Picture p = load(id);
            if (p != null) {
                lines.add(new SourceLine(at++, Paragraph.of(p), 0, false));
                lastPicture = lines.size() - 1;
                titleCandidate = -1;
                pictures++;
            }
        }
        return at - 1;
    }

    private Picture load(String id) {
        if (images == null) {
            return null;
        }
        ImageParts.Image image;
        try {
            image = images.load(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (image.missing()) {
            return null;
        }
        if (image.tooLarge()) {
            tooLarge++;
            return null;
        }
        try {
            return Picture.of(image.data(), "");
        } catch (IllegalArgumentException e) {
            images.release(image);
            unsupported++;
            unsupportedFormats.add(image.extension().isEmpty() ? "?" : image.extension());
            return null;
        }
    }

    int tables() {
        return tables;
    }

    int pictures() {
        return pictures;
    }

    /** One warning per kind of picture left out. */
    List<ImportWarning> warnings() {
        List<ImportWarning> out = new ArrayList<>();
        if (unsupported > 0) {
            out.add(ImportWarning.of("import.warning.picturesUnsupported", unsupported, String.join("、", unsupportedFormats)));
        }
        if (tooLarge > 0) {
            out.add(ImportWarning.of("import.warning.picturesTooLarge", tooLarge, Picture.MAX_BYTES / (1024 * 1024),
                    org.reportdesk.io.ReportLimits.MAX_PICTURE_BYTES / (1024 * 1024)));
        }
        return out;
    }

    private static boolean allBold(Paragraph p) {
        boolean any = false;
        for (Span s : p.spans()) {
            if (!s.text().isBlank()) {
                if (!s.bold()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
