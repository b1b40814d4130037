package org.reportdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.services.DirectTaskExecutor;
import org.reportdesk.services.TaskExecutor;
import org.reportdesk.model.TemplateKind;
import org.reportdesk.store.SearchHit;

class LibraryViewModelTest {

    private final LibraryTestBed bed = new LibraryTestBed();
    private final LibraryTestBed.ManualDebounce debounce = new LibraryTestBed.ManualDebounce();
    private int searches;
    private final TaskExecutor counting = new TaskExecutor() {
        private final DirectTaskExecutor direct = new DirectTaskExecutor();

        @Override
        public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            searches++;
            direct.submit(work, onSuccess, onFailure);
        }

        @Override
        public void shutdown() {
        }
    };
    private final LibraryViewModel vm = new LibraryViewModel(bed.library, counting, debounce);

    @AfterEach
    void close() {
        bed.close();
    }

    private List<String> titles() {
        return vm.results().stream().map(SearchHit::title).toList();
    }

    @Test
    void showsLoadingUntilTheLibraryIsReadyThenEveryTemplate() {
        assertThat(vm.messageProperty().get()).isEqualTo("正在载入模板库…");
        vm.queryProperty().set("安全");
        debounce.fire();
        assertThat(vm.results()).isEmpty();
        vm.start();
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(titles()).containsExactlyInAnyOrder("校园安全工作总结", "安全工作措施");
        assertThat(vm.topics()).contains("校园安全", "经费保障");
    }

    @Test
    void typingSearchesOnceAfterThePauseWithTheLastText() {
        vm.start();
        int before = searches;
        vm.queryProperty().set("经");
        vm.queryProperty().set("经费");
        vm.queryProperty().set("经费缺口");
        assertThat(searches).isEqualTo(before);
        assertThat(debounce.restarts).isEqualTo(3);
        assertThat(titles()).hasSize(4);
        debounce.fire();
        assertThat(searches).isEqualTo(before + 1);
        assertThat(titles()).containsExactly("经费保障方面的问题");
        SearchHit hit = vm.results().get(0);
        assertThat(hit.titleMatches()).isNotEmpty();
        assertThat(hit.title().substring(hit.titleMatches().get(0).start(), hit.titleMatches().get(0).end()))
                .isEqualTo("经费");
    }

    @Test
    void filtersByKindAndTopicAtOnce() {
        vm.start();
        vm.kindProperty().set(TemplateKind.MEASURE);
        assertThat(titles()).containsExactly("安全工作措施");
        vm.kindProperty().set(null);
        vm.topicProperty().set("经费保障");
        assertThat(titles()).containsExactly("经费保障方面的问题");
        vm.queryProperty().set("责任");
        debounce.fire();
        assertThat(titles()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("没有找到匹配的模板。");
    }

    @Test
    void previewIsFilledWithTheReportsFields() {
        vm.setFieldValues(() -> java.util.Map.of("单位名称", "某某区教育局", "年度", "2025"));
        vm.start();
        vm.selectedProperty().set(hit("安全工作措施"));
        assertThat(vm.previewProperty().get().sections().get(0).body().plainText()).isEqualTo("某某区教育局与各校签订责任书。");
        vm.selectedProperty().set(hit("校园安全工作总结"));
        assertThat(TemplateText.of(vm.previewProperty().get())).isEqualTo("一、筑牢校园安全防线\n2025年开展安全检查【数字】次。");
    }

    @Test
    void favouriteHideAndRestoreBuiltins() {
        vm.start();
        vm.toggleFavourite(hit("经费保障方面的问题"));
        assertThat(vm.results().get(0).title()).isEqualTo("经费保障方面的问题");
        assertThat(vm.results().get(0).favourite()).isTrue();
        vm.hide(hit("安全工作措施"));
        assertThat(titles()).doesNotContain("安全工作措施");
        vm.showHiddenProperty().set(true);
        assertThat(hit("安全工作措施").hidden()).isTrue();
        vm.showHiddenProperty().set(false);
        vm.restoreAllBuiltins();
        assertThat(titles()).contains("安全工作措施");
        assertThat(vm.messageProperty().get()).isEqualTo("已恢复 1 个内置模板。");
        vm.delete(hit("安全工作措施"));
        assertThat(vm.messageProperty().get()).startsWith("内置模板不能删除");
        assertThat(bed.library.all()).hasSize(4);
    }

    private SearchHit hit(String title) {
        return vm.results().stream().filter(h -> h.title().equals(title)).findFirst().orElseThrow();
    }
}
