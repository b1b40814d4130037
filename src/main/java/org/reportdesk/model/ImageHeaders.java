package org.reportdesk.model;

/**
 * The pixel size written in a PNG or JPEG file's header, read without decoding the image (the core
 * has no image library, and a header is all a size limit needs).
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /** {width, height}, or {@code null} when the bytes are no PNG or JPEG with a readable size. */
    public static int[] size(byte[] data) {
        Picture.Format format = Picture.Format.sniff(data);
        if (format == Picture.Format.PNG) {
            return png(data);
        }
        return format == Picture.Format.JPEG ? jpeg(data) : null;
    }

    private static int[] png(byte[] d) {
        if (d.length < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') {
            return null;
        }
        return positive(int32(d, 16), int32(d, 20));
    }

    private static int[] jpeg(byte[] d) {
        int i = 2;
        while (i + 9 < d.length) {
            if ((d[i] & 0xff) != 0xff) {
                return null;
            }
            int marker = d[i + 1] & 0xff;
            if (marker == 0xff) {
                i++;
                continue;
            }
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                i += 2;
                continue;
            }
            int length = ((d[i + 2] & 0xff) << 8) | (d[i + 3] & 0xff);
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                int height = ((d[i + 5] & 0xff) << 8) | (d[i + 6] & 0xff);
                int width = ((d[i + 7] & 0xff) << 8) | (d[i + 8] & 0xff);
                return positive(width, height);
            }
            if (length < 2) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] d, int at) {
        return ((d[at] & 0xff) << 24) | ((d[at + 1] & 0xff) << 16) | ((d[at + 2] & 0xff) << 8) | (d[at + 3] & 0xff);
    }

    private static int[] positive(int width, int height) {
        return width > 0 && height > 0 ? new int[] {width, height} : null;
    }
}
