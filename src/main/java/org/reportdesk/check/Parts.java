package org.reportdesk.check;

import org.reportdesk.i18n.Messages;

/** Names of the report parts outside sections, as findings show them: 标题, 开头语, 附件, 署名, 成文日期. */
final class Parts {

    private Parts() {
    }

    static String name(TextTarget target) {
        return switch (target) {
            case TITLE -> Messages.get("check.part.title");
            case OPENING -> Messages.get("check.part.opening");
            case ATTACHMENT -> Messages.get("check.part.attachment");
            case SIGNATURE -> Messages.get("check.part.signature");
            case DATE -> Messages.get("check.part.date");
            case HEADING, BODY -> throw new IllegalArgumentException("a section is named by its path");
        };
    }
}
