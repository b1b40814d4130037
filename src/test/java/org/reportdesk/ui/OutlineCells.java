package org.reportdesk.ui;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The outline as the user sees it in a TestFX test: its entries top to bottom, and one entry by its text. */
final class OutlineCells {

    private OutlineCells() {
    }

    static Node cell(FxRobot robot, String text) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".outline-cell")
                    .match((TreeCell<?> c) -> text.equals(c.getText())).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no outline entry " + text + " in " + shown(robot), e);
        }
        return robot.lookup(".outline-cell").match((TreeCell<?> c) -> text.equals(c.getText())).query();
    }

    static List<String> shown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".outline-cell").<TreeCell<?>>queryAll().stream()
                .filter(c -> c.isVisible() && c.getText() != null && !c.getText().isEmpty())
                .sorted(Comparator.comparingDouble(c -> c.localToScene(0, 0).getY()))
                .map(TreeCell::getText)
                .toList();
    }
}
