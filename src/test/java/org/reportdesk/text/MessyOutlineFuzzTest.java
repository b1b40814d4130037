package org.reportdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.Importer;
import org.reportdesk.model.Numbering;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** Any mix of labels, levels, restarts and Markdown marks gives an outline of at most four levels, never an error. */
class MessyOutlineFuzzTest {

    private static final String[] LABELS = {"一、", "二、", "三、", "（一）", "(二)", "(三) ", "1.", "2．", "3、", "1、",
        "（1）", "(2)", "", "", ""};
    private static final String[] MARKS = {"", "", "", "# ", "## ", "### ", "#### "};
    private static final String[] TEXTS = {"加强队伍建设", "推进优质均衡。全年新增学位800个。", "一是完善制度，二是强化督导。",
        "全县共有学校46所，在校学生3.2万人", "2024年7月5日", "附件：统计表", "某县教育局", "篇2：另一篇"};

    @Test
    void randomMessNeverBreaksTheOutline() {
        Random rnd = new Random(99);
        Importer importer = new Importer();
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = rnd.nextInt(40); k >= 0; k--) {
                sb.append(MARKS[rnd.nextInt(MARKS.length)]).append(LABELS[rnd.nextInt(LABELS.length)])
                        .append(TEXTS[rnd.nextInt(TEXTS.length)]).append(rnd.nextInt(5) == 0 ? "\n\n" : "\n");
            }
            String text = sb.toString();
            if (text.isBlank()) {
                continue;
            }
            ImportResult r = importer.importText(text, ImportOptions.defaults());
            for (Report rep : r.reports()) {
                for (Section s : rep.allSections()) {
                    assertThat(s.depth()).as(text).isBetween(1, Numbering.MAX_DEPTH);
                    assertThat(s.label()).isNotEmpty();
                }
                assertThat(PlainTextWriter.write(rep)).isNotNull();
            }
        }
    }
}
