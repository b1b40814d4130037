package org.reportdesk.ui.editor;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyledTextArea;

/**
 * Probe for issue 14 item 11 (first-line indent in the body editor), run under xvfb-run:
 * {@code java -cp ... org.reportdesk.ui.editor.FirstLineIndentProbe}. It puts a 32 px spacer node
 * first in each paragraph's TextFlow (the only way to indent the first line alone) and prints where
 * the caret is drawn and which column a click hits: every index is off by one, because TextFlow
 * counts an embedded node as one character. See docs/architecture-notes.md.
 */
public final class FirstLineIndentProbe {

    private FirstLineIndentProbe() {
    }

    public static void main(String[] a) throws Exception {
        Platform.startup(() -> {
            StyledTextArea<Boolean, String> area = new StyledTextArea<>(true, (flow, indent) -> {
                if (indent && flow.getChildren().stream().noneMatch(n -> "indent".equals(n.getId()))) {
                    Region r = new Region();
                    r.setId("indent");
                    r.setMinWidth(32); r.setPrefWidth(32); r.setMaxWidth(32);
                    flow.getChildren().add(0, r);
                }
            }, "", (t, s) -> t.setStyle("-fx-font-size: 16px;"));
            area.setWrapText(true);
            area.replaceText("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十");
            Stage st = new Stage();
            st.setScene(new Scene(area, 300, 200));
            st.show();
            Platform.runLater(() -> {
                area.layout();
                TextFlow flow = (TextFlow) area.lookup(".paragraph-text");
                for (Node n : flow.getChildren()) System.out.println("child " + n.getClass().getSimpleName() + " " + n.getId() + " managed=" + n.isManaged() + " x=" + n.getBoundsInParent().getMinX());
                Text first = flow.getChildren().stream().filter(n -> n instanceof Text).map(n -> (Text) n).findFirst().get();
                Bounds fb = first.localToScreen(first.getBoundsInLocal());
                System.out.println("first text screen minX=" + fb.getMinX() + " minY=" + fb.getMinY());
                for (int col : new int[] {0, 1, 5}) {
                    area.moveTo(col);
                    area.layout();
                    System.out.println("caret col " + col + " bounds " + area.getCaretBounds().map(b -> "x=" + (b.getMinX() - fb.getMinX()) + " y=" + (b.getMinY() - fb.getMinY())).orElse("none"));
                }
                // click in the middle of the 3rd character of the first line (chars are 16px wide, text starts after the indent)
                var hit = area.hit(flow.localToScene(0,0).getX() + 32 + 16 * 2 + 4 - area.localToScene(0,0).getX(), flow.localToScene(0,0).getY() + 8 - area.localToScene(0,0).getY());
                System.out.println("hit 3rd char of line 1 -> insertion " + hit.getInsertionIndex());
                
                
                Platform.exit();
                System.exit(0);
            });
        });
    }
}
