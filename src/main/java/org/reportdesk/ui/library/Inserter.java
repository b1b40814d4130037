package org.reportdesk.ui.library;

import java.util.List;
import org.reportdesk.model.Section;
import org.reportdesk.ui.outline.DropPosition;

/** Puts template sections into the open report as one undo step; target null means the selected section. */
@FunctionalInterface
public interface Inserter {

    boolean insert(List<Section> sections, Section target, DropPosition position);
}
