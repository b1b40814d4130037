package org.reportdesk.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reportdesk.model.Section;
import org.reportdesk.services.Importer;
import org.reportdesk.text.ImportOptions;
import org.reportdesk.text.ImportResult;

/** The import preview names each table of a section with its size and title, and shows its first rows on hover. */
class PreviewObjectsTest {

    @Test
    void aSectionWithATableShowsItsSizeTitleAndFirstRows() {
        ImportResult r = new Importer().importText("""
                某镇2025年民生实事推进情况的报告
                一、总体进展
                表1 民生实事完成情况
                项目\t计划数\t完成数
                老旧小区改造\t12个\t9个
                农村公路提升\t30公里\t30公里
                """, ImportOptions.defaults());
        Section s = r.first().sections().get(0);
        assertThat(PreviewOutline.display(s)).startsWith("一、总体进展").endsWith("[表格 3×3] 表1 民生实事完成情况");
        assertThat(PreviewOutline.tablePreview(s.body())).contains("项目 | 计划数 | 完成数").contains("农村公路提升 | 30公里 | 30公里");
        assertThat(PreviewOutline.objects(r.first().opening())).isEmpty();
    }
}
