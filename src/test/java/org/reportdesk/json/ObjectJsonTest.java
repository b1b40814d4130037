package org.reportdesk.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Paragraph;
import org.reportdesk.model.Picture;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.model.Section;
import org.reportdesk.model.Table;
import org.reportdesk.model.TableEdits;

class ObjectJsonTest {

    static byte[] png(int w, int h) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Report withObjects() {
        Table t = TableEdits.merge(Table.ofText("资金使用情况", 1, List.of(
                List.of("项目", "金额（万元）", "备注"), List.of("校舍", "120", "已拨付"), List.of("设备", "80", ""))), 1, 2, 2, 2)
                .withLandscape(true).withColumnWidths(List.of(3, 2, 2));
        Report r = new Report();
        r.setTitle("报告");
        r.root().add(new Section("经费", RichText.of(List.of(Paragraph.of("如下表："), Paragraph.of(t),
                Paragraph.of(Picture.of(png(40, 30), "图1 校园一角")), Paragraph.of("完。")))));
        return r;
    }

    @Test
    void tablesWithMergesAndPicturesComeBackTheSame() {
        Report r = withObjects();
        Report back = ReportJson.read(ReportJson.write(r));
        assertThat(back.sections().get(0).body()).isEqualTo(r.sections().get(0).body());
        Picture p = (Picture) back.sections().get(0).body().paragraphs().get(2).embedded();
        assertThat(p.widthPx()).isEqualTo(40);
        assertThat(p.heightPx()).isEqualTo(30);
        assertThat(p.format()).isEqualTo(Picture.Format.PNG);
    }

    @Test
    void aPictureThatIsNoImageOrClaimsAnotherSizeIsRefusedOrCorrected() {
        String json = ReportJson.write(withObjects());
        String fake = Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes());
        String bad = json.replaceFirst("\"data\" ?: ?\"[^\"]+\"", "\"data\":\"" + fake + "\"");
        assertThatThrownBy(() -> ReportJson.read(bad)).isInstanceOf(JsonFormatException.class).hasMessageContaining("PNG or JPEG");
        String lying = json.replaceFirst("\"width\" ?: ?40", "\"width\":99999");
        Picture p = (Picture) ReportJson.read(lying).sections().get(0).body().paragraphs().get(2).embedded();
        assertThat(p.widthPx()).isEqualTo(40);
    }

    @Test
    void aTableWhoseMergesOverlapIsRefusedWithASentence() {
        String json = ReportJson.write(withObjects()).replaceFirst("\"rowSpan\" ?: ?2", "\"rowSpan\":7");
        assertThatThrownBy(() -> ReportJson.read(json)).isInstanceOf(JsonFormatException.class).hasMessageContaining("merged cell");
    }
}
