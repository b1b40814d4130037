package org.reportdesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every key the code or an FXML file uses exists, in both languages. */
class MessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Messages\\.get|UserFacingException|StoreException|Exception)\\(\\s*(?:[a-z]\\w*,\\s*)?\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z][\\w.]+)\"");

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInCodeOrFxmlExists() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".java")) {
                    collect(JAVA_KEY, Files.readString(p), used);
                } else if (name.endsWith(".fxml")) {
                    collect(FXML_KEY, Files.readString(p), used);
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void chineseIsTheDefaultAndEnglishTheSecondLanguage() {
        assertThat(Messages.get("store.locked", "/d")).contains("已在运行");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(Messages.get("store.locked", "/d")).contains("already running");
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/reportdesk/i18n/" + name)) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return props;
    }
}
