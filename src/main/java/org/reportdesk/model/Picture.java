package org.reportdesk.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A picture of a section body: the image file's bytes (PNG or JPEG), its size in pixels, and a
 * caption set below it. Immutable: the bytes are copied in and out.
 */
public final class Picture implements Embedded {

    /** The largest picture file kept in a report. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Larger sides are refused: such an image is a decompression bomb, not a photo. */
    public static final int MAX_SIDE_PX = 20_000;

    public enum Format {
        PNG, JPEG;

        public String extension() {
            return this == PNG ? "png" : "jpeg";
        }

        public String mimeType() {
            return this == PNG ? "image/png" : "image/jpeg";
        }

        /** The format of these bytes by their signature, or {@code null} when neither PNG nor JPEG. */
        public static Format sniff(byte[] data) {
            if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
                return PNG;
            }
            if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
                return JPEG;
            }
            return null;
        }

        public static Format ofName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT).replace("JPG", "JPEG"));
        }
    }

    private final byte[] data;
    private final Format format;
    private final int widthPx;
    private final int heightPx;
    private final String caption;
    private final int hash;

    public Picture(byte[] data, Format format, int widthPx, int heightPx, String caption) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(format, "format");
        if (data.length == 0 || data.length > MAX_BYTES) {
            throw new IllegalArgumentException("a picture has 1 to " + MAX_BYTES + " bytes");
        }
        if (widthPx < 1 || heightPx < 1 || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
            throw new IllegalArgumentException("a picture is 1 to " + MAX_SIDE_PX + " pixels wide and high");
        }
        this.data = data.clone();
        this.format = format;
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.caption = caption == null ? "" : caption;
        this.hash = Objects.hash(Arrays.hashCode(this.data), format, widthPx, heightPx, this.caption);
    }

    /**
     * The picture in an image file's bytes, its format and size read from the file itself.
     *
     * @throws IllegalArgumentException when the bytes are no PNG or JPEG, or beyond the limits
     */
    public static Picture of(byte[] data, String caption) {
        Format format = Format.sniff(data);
        int[] size = ImageHeaders.size(data);
        if (format == null || size == null) {
            throw new IllegalArgumentException("not a PNG or JPEG image");
        }
        return new Picture(data, format, size[0], size[1], caption);
    }

    /** A copy of the image file's bytes. */
    public byte[] data() {
        return data.clone();
    }

    public int byteCount() {
        return data.length;
    }

    public Format format() {
        return format;
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    public String caption() {
        return caption;
    }

    public Picture withCaption(String newCaption) {
        return new Picture(data, format, widthPx, heightPx, newCaption);
    }

    @Override
    public Picture mapText(UnaryOperator<String> f) {
        return caption.isEmpty() ? this : withCaption(f.apply(caption));
    }

    @Override
    public String text() {
        return caption;
    }

    @Override
    public int textLength() {
        return caption.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && hash == p.hash && widthPx == p.widthPx && heightPx == p.heightPx
                && format == p.format && caption.equals(p.caption) && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Picture[" + format + " " + widthPx + "x" + heightPx + ", " + data.length + " bytes, " + caption + "]";
    }
}
