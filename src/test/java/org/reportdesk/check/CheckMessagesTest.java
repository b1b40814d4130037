package org.reportdesk.check;

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

/** Every check.* key used in the code exists in both bundles, and both bundles carry the same check keys. */
class CheckMessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CheckMessagesTest.class.getResourceAsStream("/org/reportdesk/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void keysExistInChineseAndEnglish() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(check\\.[A-Za-z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/reportdesk"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Sequences.Problem p : Sequences.Problem.values()) {
            used.add(Sequences.problemKey("ordinal", p));
            used.add(Sequences.problemKey("numbering", p));
        }
        for (Severity s : Severity.values()) {
            used.add("check.severity." + s.id());
        }
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allMatch(zh::containsKey, "in messages.properties").allMatch(en::containsKey, "in messages_en.properties");
        Set<Object> zhCheck = new TreeSet<>(zh.keySet().stream().filter(k -> k.toString().startsWith("check.")).toList());
        Set<Object> enCheck = new TreeSet<>(en.keySet().stream().filter(k -> k.toString().startsWith("check.")).toList());
        assertThat(zhCheck).isEqualTo(enCheck);
    }
}
