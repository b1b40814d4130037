package org.reportdesk.check;

import java.util.List;
import org.reportdesk.model.Report;

/**
 * The report as the report-wide rules see it.
 *
 * @param partTexts title, 开头语 paragraphs, 附件, 署名 and 成文日期, in reading order
 * @param sections  every section, depth first in reading order
 */
public record ReportContext(Report report, CheckContext context, List<TextRef> partTexts,
                            List<SectionContext> sections) {
}
