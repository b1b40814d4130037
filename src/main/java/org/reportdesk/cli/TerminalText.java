package org.reportdesk.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What the CLI prints passes through here: stored text (template titles, headings, excerpts,
 * file names) may hold control characters, and an escape sequence printed raw can rewrite the
 * terminal, hide lines or set its title. Line breaks and tabs stay; C0 and C1 controls, DEL and
 * the bidirectional overrides are dropped.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** A UTF-8 writer on {@code out} that drops control characters, flushing at each line. */
    public static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new Filter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), true);
    }

    /** {@code s} without the characters a terminal would act on. */
    public static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(TerminalText::printable).forEach(c -> b.append((char) c));
        return b.toString();
    }

    static boolean printable(int c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        if (c == '\r') {
            return System.lineSeparator().contains("\r");
        }
        return !(c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069));
    }

    private static final class Filter extends Writer {
        private final Writer out;

        Filter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws java.io.IOException {
            int start = off;
            for (int i = off; i < off + len; i++) {
                if (!printable(buf[i])) {
                    out.write(buf, start, i - start);
                    start = i + 1;
                }
            }
            out.write(buf, start, off + len - start);
        }

        @Override
        public void flush() throws java.io.IOException {
            out.flush();
        }

        @Override
        public void close() throws java.io.IOException {
            out.close();
        }
    }
}
