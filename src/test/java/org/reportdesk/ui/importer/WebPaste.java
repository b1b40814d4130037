package org.reportdesk.ui.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Our own messy web copy: a breadcrumb, half-width punctuation and (一) labels. */
final class WebPaste {

    private WebPaste() {
    }

    static String text() {
        try (InputStream in = WebPaste.class.getResourceAsStream("web-paste.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
