package org.reportdesk.library;

/**
 * What importing a template pack did: templates added as new, templates already in the library
 * (same content) skipped, and changed versions of templates already there, added beside them.
 */
public record ImportSummary(int added, int identical, int keptSideBySide) {

    public int total() {
        return added + identical + keptSideBySide;
    }
}
