package org.reportdesk.ui.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportdesk.ui.preflight.PreflightReports.first;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reportdesk.check.Finding;
import org.reportdesk.model.Report;
import org.reportdesk.model.RichText;
import org.reportdesk.testing.Fixtures;
import org.reportdesk.ui.main.MainViewModel;

/** The preflight wired into the main view model: typing re-checks, a fix shows in the editor and marks the report changed. */
class PreflightInMainWindowTest {

    private final MainViewModel main = new MainViewModel(Fixtures.direct(Path.of(".")));

    @Test
    void typingRechecksAndAFixShowsInTheEditor() {
        Report r = PreflightReports.clean();
        main.open(r, null);
        PreflightViewModel pf = main.preflight();
        assertThat(pf.summaryProperty().get()).isEqualTo("未发现问题");

        main.editor().bodyEdited(RichText.ofPlain("全区新建幼儿园3所,新增学位900个。"));
        assertThat(pf.summaryProperty().get()).isEqualTo("1 个警告");
        assertThat(main.dirtyProperty().get()).isTrue();

        Finding f = pf.resultProperty().get().findings().get(0);
        pf.applyFix(f);
        assertThat(main.editor().body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个。");
        assertThat(first(r).body().plainText()).isEqualTo("全区新建幼儿园3所，新增学位900个。");
        assertThat(pf.summaryProperty().get()).isEqualTo("未发现问题");

        assertThat(main.undo().undo()).isTrue();
        assertThat(main.editor().body().plainText()).isEqualTo("全区新建幼儿园3所,新增学位900个。");
        assertThat(pf.summaryProperty().get()).isEqualTo("1 个警告");
    }

    @Test
    void theTargetFollowsTheReportsCharacterCount() {
        main.open(PreflightReports.clean(), null);
        main.preflight().target().set(100);
        assertThat(main.dirtyProperty().get()).isTrue();
        assertThat(main.preflight().target().textProperty().get())
                .isEqualTo("全文 " + main.reportCharsProperty().get() + " / 100 字");
    }
}
