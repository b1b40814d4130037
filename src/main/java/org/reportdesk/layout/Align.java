package org.reportdesk.layout;

/** Paragraph alignment: the export's default is justified ({@code w:jc="both"}). */
public enum Align {
    JUSTIFY, CENTER, RIGHT, LEFT
}
