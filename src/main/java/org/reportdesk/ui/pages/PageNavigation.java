package org.reportdesk.ui.pages;

import java.util.function.Supplier;
import org.reportdesk.model.EditPlace;
import org.reportdesk.model.Report;
import org.reportdesk.ui.preflight.EditorNavigator;

/** What a click on a page does in the main window: the outline selects the part, the editor shows the caret there. */
public final class PageNavigation {

    private PageNavigation() {
    }

    public static void install(PagesViewModel pages, EditorNavigator navigator, Supplier<Report> report) {
        pages.setOnPlace(p -> {
            Report r = report.get();
            if (r == null) {
                return;
            }
            if (PageJump.isRecipient(p)) {
                navigator.showCaret(new EditPlace(EditPlace.Part.RECIPIENT, null, 0, 0));
            } else {
                PageJump.location(p, r).ifPresent(navigator::show);
            }
        });
    }
}
