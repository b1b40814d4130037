package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every {@code export.} text exists in Chinese and English, including one per enum value the UI shows. */
class ExportMessagesTest {

    @Test
    void chineseAndEnglishHaveTheSameExportKeys() throws IOException {
        Set<String> zh = exportKeys("messages.properties");
        Set<String> en = exportKeys("messages_en.properties");
        assertThat(zh).isEqualTo(en);
        for (FontScheme f : FontScheme.values()) {
            assertThat(zh).contains("export.fontScheme." + f.name());
        }
        for (SignatureMode m : SignatureMode.values()) {
            assertThat(zh).contains("export.signatureMode." + m.name());
        }
        for (DateStyle d : DateStyle.values()) {
            assertThat(zh).contains("export.dateStyle." + d.name());
        }
        for (ExportProfile p : ExportProfiles.builtin()) {
            assertThat(zh).contains("export.profile." + p.name());
        }
    }

    private static Set<String> exportKeys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportMessagesTest.class.getResourceAsStream("/org/reportdesk/i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith("export.")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
