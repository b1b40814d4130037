package org.reportdesk.layout;

/** What a block is; tables and pictures become new kinds (with their own measure) later. */
public enum BlockKind {
    TITLE, BLANK, RECIPIENT, BODY, HEADING, ATTACHMENT, SIGNATURE, DATE
}
