package org.reportdesk.docx.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The image parts a document's pictures refer to, read on demand: each at most {@code maxBytes},
 * all together at most {@code maxTotal} (the bytes counted as they inflate, through the package's
 * {@link InflateBudget}); a part over either bound is not kept.
 */
public final class ImageParts {

    /** One image part: its bytes, or why there are none ({@code tooLarge}, or {@code missing}); its file extension. */
    public record Image(byte[] data, String extension, boolean tooLarge, boolean missing) {
    }

    private final DocxPackage pack;
    private final Map<String, String> parts;
    private final int maxBytes;
    private final long maxTotal;
    private long total;

    public ImageParts(DocxPackage pack, String document, int maxBytes, long maxTotal) throws IOException, javax.xml.stream.XMLStreamException {
        this.pack = pack;
        this.parts = pack.images(document);
        this.maxBytes = maxBytes;
        this.maxTotal = maxTotal;
    }

    /** The image part of relationship {@code id}. */
    public Image load(String id) throws IOException {
        String name = parts.get(id);
        if (name == null) {
            return new Image(null, "", false, true);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toUpperCase(Locale.ROOT);
        Optional<InputStream> in = pack.part(name);
        if (in.isEmpty()) {
            return new Image(null, extension, false, true);
        }
        long room = Math.min(maxBytes, maxTotal - total);
        byte[] data;
        try (InputStream s = in.get()) {
            data = s.readNBytes((int) Math.max(0, Math.min(Integer.MAX_VALUE - 8, room + 1)));
        }
        if (data.length > room) {
            return new Image(null, extension, true, false);
        }
        total += data.length;
        return new Image(data, extension, false, false);
    }

    /** An image loaded but not kept (not PNG or JPEG) gives its bytes back to the total. */
    public void release(Image image) {
        if (image.data() != null) {
            total -= image.data().length;
        }
    }
}
