package org.reportdesk.layout.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The font files of this machine by file name (lower case): the system and user font folders of
 * Linux, Windows and macOS, searched once. File names are how 仿宋/楷体/黑体/小标宋 are known on
 * every office PC (simfang.ttf, simkai.ttf, simhei.ttf, FZXBSJW.TTF …), and looking at names costs
 * nothing, while parsing every font's name table costs seconds.
 */
public final class FontFiles {

    private static volatile FontFiles system;

    private final Map<String, Path> byName;

    public FontFiles(List<Path> folders) {
        Map<String, Path> map = new HashMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder, 6)) {
                files.filter(Files::isRegularFile).forEach(p -> map.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder holds no usable font
            }
        }
        this.byName = map;
    }

    /** The machine's fonts (searched on first use). */
    public static FontFiles system() {
        FontFiles f = system;
        if (f == null) {
            synchronized (FontFiles.class) {
                if (system == null) {
                    system = new FontFiles(systemFolders());
                }
                f = system;
            }
        }
        return f;
    }

    static List<Path> systemFolders() {
        String home = System.getProperty("user.home", "");
        String windir = Optional.ofNullable(System.getenv("WINDIR")).orElse("C:\\Windows");
        String local = Optional.ofNullable(System.getenv("LOCALAPPDATA")).orElse(home + "/AppData/Local");
        return List.of(Path.of(home, ".local/share/fonts"), Path.of(home, ".fonts"), Path.of("/usr/local/share/fonts"),
                Path.of("/usr/share/fonts"), Path.of(windir, "Fonts"), Path.of(local, "Microsoft/Windows/Fonts"),
                Path.of(home, "Library/Fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"));
    }

    public Optional<Path> find(String fileName) {
        return Optional.ofNullable(byName.get(fileName.toLowerCase(Locale.ROOT)));
    }
}
