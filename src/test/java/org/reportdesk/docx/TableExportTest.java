package org.reportdesk.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** Tables and pictures in the .docx, read back by POI and checked in the XML. */
class TableExportTest {

    @Test
    void poiReadsTheTableWithItsMergesAndHeaderRows() throws Exception {
        ExportedDocx d = ExportedDocx.of(TableReports.withObjects(5), ExportProfile.standard());
        try (XWPFDocument doc = d.poi()) {
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            XWPFTable t = tables.get(0);
            assertThat(t.getNumberOfRows()).isEqualTo(2 + 5 + 1);
            XWPFTableCell seq = t.getRow(0).getCell(0);
            assertThat(seq.getText()).isEqualTo("序号");
            assertThat(seq.getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            XWPFTableCell money = t.getRow(0).getCell(2);
            assertThat(money.getText()).isEqualTo("资金（万元）");
            assertThat(money.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(2);
            assertThat(t.getRow(0).getTableCells()).hasSize(4);
            assertThat(t.getRow(1).getTableCells()).hasSize(5);
            assertThat(t.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getRow(1).isRepeatHeader()).isTrue();
            assertThat(t.getRow(2).isRepeatHeader()).isFalse();
            assertThat(t.getRow(2).isCantSplitRow()).isTrue();
            assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("城区学校扩容");
            assertThat(doc.getAllPictures()).hasSize(1);
            assertThat(doc.getAllPictures().get(0).suggestFileExtension()).isEqualTo("png");
        }
        assertThat(d.parts.get("word/document.xml")).doesNotContain("\uFFFC");
    }
}
