import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The yardstick of bench/startup-vs-bare.sh: a bare JavaFX window with a menu, a tree and a text
 * area. Prints "STARTUP window=MS cpu=MS" (JVM start to the first pulse after the window is shown, as the
 * app's StartupProbe does) and exits. Not part of the app.
 */
public final class Bare {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TreeItem<String> root = new TreeItem<>("报告");
            for (int i = 1; i <= 5; i++) {
                TreeItem<String> s = new TreeItem<>("第 " + i + " 部分");
                s.getChildren().add(new TreeItem<>("小节"));
                root.getChildren().add(s);
            }
            root.setExpanded(true);
            Menu file = new Menu("文件");
            file.getItems().addAll(new MenuItem("新建"), new MenuItem("打开"), new MenuItem("退出"));
            BorderPane pane = new BorderPane(new SplitPane(new TreeView<>(root), new TextArea("正文")));
            pane.setTop(new MenuBar(file, new Menu("编辑")));
            Scene scene = new Scene(pane, 1100, 720);
            stage.setScene(scene);
            stage.setTitle("Bare");
            stage.show();
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                long cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000;
                System.out.println("STARTUP window=" + ms + " cpu=" + cpu);
                System.out.flush();
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
        }
    }
}
