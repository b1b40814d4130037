package org.reportdesk.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportdesk.i18n.UserFacingException;
import org.reportdesk.json.JsonFormatException;
import org.reportdesk.json.ReportJson;
import org.reportdesk.model.Report;

/**
 * Reading and writing reports as files. {@code .report.json} is read here; other importable
 * formats (.txt, .md, .docx) are read by the importer (services.Importer#readReports).
 */
public final class ReportFiles {

    /** Largest report file accepted, against a mistaken or hostile input. */
    public static final long MAX_JSON_BYTES = 64L * 1024 * 1024;

    private ReportFiles() {
    }

    public static boolean isReportFile(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ReportJson.EXTENSION);
    }

    /** Reads a {@code .report.json}; a {@link UserFacingException} when it cannot or it is beyond {@link ReportLimits}. */
    public static Report readReportFile(Path p) {
        String json = readUtf8(p, MAX_JSON_BYTES);
        try {
            return ReportLimits.requireWithin(ReportJson.read(json));
        } catch (JsonFormatException e) {
            throw new UserFacingException(e, "io.notAReport", p.toString(), e.getMessage());
        }
    }

    public static void writeReportFile(Report r, Path p) {
        AtomicFiles.writeString(p, ReportJson.write(r));
    }

    /** Several report files, all or none (see {@link AtomicFiles#writeAll}). */
    public static void writeReportFiles(Map<Path, Report> files) {
        Map<Path, AtomicFiles.Writer> writers = new LinkedHashMap<>();
        files.forEach((p, r) -> writers.put(p, out -> out.write(ReportJson.write(r).getBytes(StandardCharsets.UTF_8))));
        AtomicFiles.writeAll(writers);
    }

    /** Reads a whole text file as strict UTF-8, refusing files larger than {@code maxBytes}. */
    public static String readUtf8(Path p, long maxBytes) {
        byte[] bytes = readBytes(p, maxBytes, "io.tooLarge");
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "io.notUtf8", p.toString());
        }
    }

    /**
     * Refuses what is not a plain file before anything opens it: a folder, a device such as
     * {@code /dev/zero} (also behind a link named {@code .txt}), a FIFO (opening it would wait
     * for a writer forever).
     */
    public static void requireRegularFile(Path p) {
        if (!Files.exists(p)) {
            throw new UserFacingException("io.notFound", p.toString());
        }
        if (!Files.isRegularFile(p)) {
            throw new UserFacingException("io.notRegularFile", p.toString());
        }
    }

    /**
     * The bytes of a plain file, at most {@code maxBytes}: the count is kept while reading, so a
     * file that grows (or lies about its size) stops at the cap; beyond it, {@code tooLargeKey}
     * with the file name and the cap in MB.
     */
    public static byte[] readBytes(Path p, long maxBytes, String tooLargeKey) {
        requireRegularFile(p);
        try (InputStream in = Files.newInputStream(p)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new UserFacingException(tooLargeKey, p.getFileName().toString(), maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "io.notFound", p.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "io.unreadable", p.toString());
        }
    }
}
