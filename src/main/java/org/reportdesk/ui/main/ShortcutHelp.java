package org.reportdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.reportdesk.i18n.Messages;

/**
 * The 快捷键 help: the keys that work only inside the outline or the body (fixed text), then every
 * menu accelerator read from the menu bar itself, so a shortcut added to a menu is listed without
 * anyone remembering to update the help.
 */
final class ShortcutHelp {

    private ShortcutHelp() {
    }

    static String text(MenuBar bar) {
        StringBuilder sb = new StringBuilder(Messages.get("wordHabits.shortcuts.inPlace"));
        sb.append("\n\n").append(Messages.get("wordHabits.shortcuts.menus"));
        for (String line : menuLines(bar)) {
            sb.append('\n').append(line);
        }
        return sb.toString();
    }

    /** 「Ctrl+H　查找和替换…（编辑）」 for each menu item with an accelerator, in menu order. */
    static List<String> menuLines(MenuBar bar) {
        List<String> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            add(m, label(m), out);
        }
        return out;
    }

    private static void add(Menu menu, String top, List<String> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                add(sub, top, out);
            } else if (item.getAccelerator() != null) {
                out.add(item.getAccelerator().getDisplayText() + "\u3000" + label(item) + "（" + top + "）");
            }
        }
    }

    private static String label(MenuItem item) {
        return item.getText() == null ? "" : item.getText().replace("_", "");
    }
}
