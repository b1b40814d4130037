package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportdesk.i18n.UserFacingException;

class TextDecoderTest {

    private static final String TEXT = "某县教育局2024年工作总结\n一、主要工作\n";

    @Test
    void utf8WithAndWithoutBom() {
        assertThat(TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8)), "a.txt").text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithBom() {
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE)), "a.txt").text()).isEqualTo(TEXT);
        assertThat(TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE)), "a.txt").text()).isEqualTo(TEXT);
    }

    @Test
    void gbkIsDetected() {
        TextDecoder.Decoded d = TextDecoder.decode(TEXT.getBytes(java.nio.charset.Charset.forName("GBK")), "a.txt");
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(TextDecoder.GB18030);
    }

    @Test
    void binaryIsRefused() {
        byte[] b = new byte[4096];
        new java.util.Random(1).nextBytes(b);
        assertThatThrownBy(() -> TextDecoder.decode(b, "photo.txt"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.binary"));
        byte[] controls = "abc\u0001\u0002\u0003\u0004\u0005def".repeat(50).getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> TextDecoder.decode(controls, "x.txt"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.binary"));
    }

    /** Issue 12, item 17: stray control characters in UTF-8 Chinese text are dropped, not a reason to refuse it. */
    @Test
    void strayControlCharactersAreDroppedFromText() {
        String withControls = "某县教育局2024年工作总结\u0007\n一、主要\u001b工作\n" + TEXT.repeat(4);
        assertThat(TextDecoder.decode(withControls.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo(TEXT.repeat(5));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, withControls.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(bom, "a.txt").text()).isEqualTo(TEXT.repeat(5));
    }

    @Test
    void aFileWithBomImportsThroughTheImporter(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("bom.txt");
        java.nio.file.Files.write(f, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                (TEXT + "（一）规范办学。开足课程。\u0003\n").getBytes(StandardCharsets.UTF_8)));
        ImportResult r = new org.reportdesk.services.Importer().importFile(f, ImportOptions.defaults());
        assertThat(r.first().title()).isEqualTo("某县教育局2024年工作总结");
        assertThat(r.first().sections().get(0).children().get(0).body().plainText()).isEqualTo("开足课程。");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
