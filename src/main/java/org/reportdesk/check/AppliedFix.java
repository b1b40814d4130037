package org.reportdesk.check;

import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;

/**
 * What a quick fix changed: the paragraph's text before and after, and for rich texts (body,
 * 开头语) the whole rich text before and after, so the editor can record one undo step or
 * call {@link #undo}/{@link #redo}.
 *
 * @param changed the range the replacement now occupies, for the editor to select
 */
public record AppliedFix(QuickFix fix, Location changed, String paragraphBefore, String paragraphAfter,
                         RichText richBefore, RichText richAfter) {

    public void undo(Report report) {
        QuickFixes.write(report, fix.location(), paragraphBefore, richBefore);
    }

    public void redo(Report report) {
        QuickFixes.write(report, fix.location(), paragraphAfter, richAfter);
    }
}
