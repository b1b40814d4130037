package org.reportdesk.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file-system scheme whose names carry the data folder's path hex-encoded, so that no
 * character of a folder name ({@code ;} in {@code 报告;2025}, or {@code ;INIT=…}) can end the
 * name in a JDBC URL and be read as a setting. {@code rdhex:<hex of the path>.mv.db} is the file
 * {@code <path>.mv.db}; names H2 derives itself (parents, temp files) come back raw and are
 * passed through unchanged (a raw absolute path never starts with two hex digits and a dot).
 * Public only because H2 creates instances by reflection.
 */
public final class HexFilePath extends FilePathWrapper {

    static final String SCHEME = "rdhex";
    private static final HexFormat HEX = HexFormat.of();

    static {
        FilePath.register(new HexFilePath());
    }

    /** H2 makes its instances by reflection. */
    public HexFilePath() {
        // stateless apart from the name H2 gives each instance
    }

    /** Makes sure the scheme is registered with H2 before a URL names it. */
    static void register() {
        // the static initialiser has run
    }

    /** The H2 database name for {@code base} (a path without H2's ".mv.db"). */
    static String name(Path base) {
        return SCHEME + ":" + HEX.formatHex(base.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected FilePath unwrap(String fileName) {
        String rest = fileName.substring(SCHEME.length() + 1);
        int end = 0;
        while (end < rest.length() && Character.digit(rest.charAt(end), 16) >= 0) {
            end++;
        }
        if (end >= 2 && end % 2 == 0 && (end == rest.length() || rest.charAt(end) == '.')) {
            String path = new String(HEX.parseHex(rest.substring(0, end)), StandardCharsets.UTF_8);
            return FilePath.get(path + rest.substring(end));
        }
        return FilePath.get(rest);
    }
}
