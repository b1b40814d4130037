package org.reportdesk.ui.newreport;

import org.reportdesk.i18n.Messages;
import org.reportdesk.model.Template;

/** One entry of the new-report list: a skeleton, or the blank report (no template). */
public record SkeletonChoice(Template skeleton) {

    public static final SkeletonChoice BLANK = new SkeletonChoice(null);

    public boolean isBlank() {
        return skeleton == null;
    }

    @Override
    public String toString() {
        return isBlank() ? Messages.get("ui.newReport.blank") : skeleton.title();
    }
}
