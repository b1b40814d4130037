package org.reportdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdesk.model.Embedded;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;

/** Pictures and pasted tables are taken within the limits; beyond them one sentence, nothing else. */
class ObjectSourcesTest {

    @TempDir
    Path dir;

    private final List<String> refusals = new ArrayList<>();
    private final ObjectSources sources = new ObjectSources(refusals::add);

    private Path png(String name, int w, int h) throws IOException {
        Path f = dir.resolve(name);
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        return f;
    }

    @Test
    void takesAPngAndRefusesWhatIsNoPictureOrTooLarge() throws IOException {
        assertThat(sources.picture(png("a.png", 40, 30), new Report())).map(Picture::widthPx).contains(40);
        assertThat(refusals).isEmpty();

        assertThat(sources.picture(Files.writeString(dir.resolve("b.jpg"), "<html>"), new Report())).isEmpty();
        assertThat(refusals).last().asString().contains("b.jpg").contains("PNG");

        Path big = dir.resolve("big.png");
        Files.write(big, new byte[Picture.MAX_BYTES + 1]);
        assertThat(sources.picture(big, new Report())).isEmpty();
        assertThat(refusals).last().asString().contains("big.png").contains("10 MB");

        assertThat(sources.picture(dir.resolve("missing.png"), new Report())).isEmpty();
        assertThat(refusals).hasSize(3);
    }

    @Test
    void refusesAPictureThatWouldTakeTheReportBeyondItsPictureLimit() throws IOException {
        Report r = new Report();
        byte[] nine = new byte[9 * 1024 * 1024];
        byte[] png = Files.readAllBytes(png("p.png", 8, 8));
        System.arraycopy(png, 0, nine, 0, png.length);
        Picture large = Picture.of(nine, "");
        r.root().add(new Section("一", RichText.of(List.of(Paragraph.of(large), Paragraph.of(large)))));
        Path more = dir.resolve("more.png");
        Files.write(more, java.util.Arrays.copyOf(png, 3 * 1024 * 1024));
        assertThat(sources.picture(more, r)).isEmpty();
        assertThat(refusals).singleElement().asString().contains("more.png").contains("20 MB");
    }

    @Test
    void theClipboardGivesATableAPictureFileOrNothing() throws IOException {
        assertThat(sources.fromClipboard(null, "只是文字", List.of(), new Report())).isNull();
        Embedded t = sources.fromClipboard(null, "甲\t乙\n丙\t丁", List.of(), new Report()).orElseThrow();
        assertThat(((Table) t).rowCount()).isEqualTo(2);
        File f = png("c.png", 10, 10).toFile();
        assertThat(sources.fromClipboard(null, f.getPath(), List.of(f), new Report()).orElseThrow()).isInstanceOf(Picture.class);
    }
}
