package org.reportdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every ui.* key used in the screens' code and FXML exists in both bundles. */
class UiMessagesTest {

    private static final Pattern KEY = Pattern.compile("[\"%](ui\\.[A-Za-z]+\\.[A-Za-z]+)\"?");

    @Test
    void everyUsedKeyIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String root : new String[] {"src/main/java/org/reportdesk/ui", "src/main/resources/org/reportdesk/ui"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60).contains("ui.outline.tooDeep", "ui.menu.file");
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            assertThat(used).as(bundle).allSatisfy(k -> assertThat(p).containsKey(k));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiMessagesTest.class.getResourceAsStream("/org/reportdesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
