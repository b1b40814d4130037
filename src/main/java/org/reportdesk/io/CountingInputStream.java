package org.reportdesk.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that reports every byte read or skipped to {@link #counted}, which may refuse to go
 * on: how a zip entry is held to a size as it is inflated, whatever its directory announces.
 */
public abstract class CountingInputStream extends FilterInputStream {

    protected CountingInputStream(InputStream in) {
        super(in);
    }

    /** {@code n} more bytes came through; throw to stop the reading. */
    protected abstract void counted(long n) throws IOException;

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) {
            counted(s);
        }
        return s;
    }
}
