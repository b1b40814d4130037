package org.reportdesk.docx;

/** How 成文日期 is printed. */
public enum DateStyle {
    /** GB/T 9704 7.3.5.4: Arabic numerals, full year, no zero padding ({@code 2025年7月5日}). */
    ARABIC,
    /** Exactly as the user wrote it. */
    AS_WRITTEN
}
