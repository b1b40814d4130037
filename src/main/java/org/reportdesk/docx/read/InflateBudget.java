package org.reportdesk.docx.read;

import java.io.IOException;
import java.io.InputStream;
import org.reportdesk.io.CountingInputStream;

/**
 * Counts the bytes actually inflated from a .docx's parts, whatever sizes its zip directory
 * declares: one part may not inflate past {@code maxPart} bytes nor past {@code 1/minRatio} times
 * its compressed size (after a grace of {@link #GRACE_BYTES}), and all parts read together not past
 * {@code maxTotal}. Going over throws {@link Exceeded} from the read, so nothing larger is ever held.
 */
public final class InflateBudget {

    /** Small parts may compress as well as they like. */
    static final long GRACE_BYTES = 1024 * 1024;

    /** A part inflated past one of the bounds: the file is a zip bomb. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded(String what) {
            super(what);
        }
    }

    private final long maxPart;
    private final long maxTotal;
    private final double minRatio;
    private long total;

    public InflateBudget(long maxPart, long maxTotal, double minRatio) {
        this.maxPart = maxPart;
        this.maxTotal = maxTotal;
        this.minRatio = minRatio;
    }

    /** Bytes inflated so far over all parts. */
    public long total() {
        return total;
    }

    /** {@code in} (an inflating stream of a part whose compressed size is {@code compressed}), counted. */
    public InputStream count(InputStream in, long compressed) {
        long byRatio = compressed < 0 ? maxPart : (long) Math.min(maxPart, Math.max(GRACE_BYTES, compressed / minRatio));
        return new Counted(in, byRatio);
    }

    private final class Counted extends CountingInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected void counted(long n) throws Exceeded {
            read += n;
            total += n;
            if (read > limit) {
                throw new Exceeded("part inflated past " + limit + " bytes");
            }
            if (total > maxTotal) {
                throw new Exceeded("parts inflated past " + maxTotal + " bytes together");
            }
        }
    }
}
