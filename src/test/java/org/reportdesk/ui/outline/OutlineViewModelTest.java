package org.reportdesk.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

class OutlineViewModelTest {

    private Report report;
    private OutlineViewModel vm;

    @BeforeEach
    void setUp() {
        report = new Report();
        Section a = new Section("上半年主要工作");
        a.add(new Section("党建引领"));
        a.add(new Section("队伍建设"));
        report.root().add(a);
        report.root().add(new Section("存在的问题"));
        report.root().add(new Section("下半年工作计划"));
        vm = new OutlineViewModel();
        vm.setReport(report);
    }

    @Test
    void aReportAtItsSectionLimitRefusesOneMoreWithAMessageAndStaysAsItWas() {
        Section bulk = new Section("附：各校情况");
        for (int i = report.allSections().size() + 1; i < org.reportdesk.io.ReportLimits.MAX_SECTIONS; i++) {
            bulk.add(new Section("学校" + i));
        }
        report.root().add(bulk);
        vm.setReport(report);
        assertThat(report.allSections()).hasSize(org.reportdesk.io.ReportLimits.MAX_SECTIONS);

        select("存在的问题");
        vm.addSibling();
        vm.addChild();
        assertThat(vm.insert(List.of(new Section("模板一节")), null, DropPosition.AFTER)).isFalse();
        assertThat(report.allSections()).hasSize(org.reportdesk.io.ReportLimits.MAX_SECTIONS);
        assertThat(vm.messageProperty().get()).startsWith("报告最多 5,000 个部分");
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void showsComputedLabelsBetweenTheTwoPseudoEntries() {
        assertThat(shown()).containsExactly("【标题与开头语】", "一、上半年主要工作", "  （一）党建引领", "  （二）队伍建设",
                "二、存在的问题", "三、下半年工作计划", "【署名与日期】");
    }

    @Test
    void addSiblingInsertsAfterTheSelectionAndRenumbersTheRest() {
        select("党建引领");
        vm.addSibling();
        assertThat(shown()).containsSubsequence("  （一）党建引领", "  （二）新标题", "  （三）队伍建设");
        assertThat(vm.selectedSection().heading()).isEqualTo("新标题");
    }

    @Test
    void addChildAppendsBelowTheSelection() {
        select("存在的问题");
        vm.addChild();
        assertThat(shown()).containsSubsequence("二、存在的问题", "  （一）新标题", "三、下半年工作计划");
    }

    @Test
    void moveDownAndUpSwapWithTheNeighbour() {
        select("存在的问题");
        vm.moveDown();
        assertThat(shown()).containsSubsequence("二、下半年工作计划", "三、存在的问题");
        vm.moveUp();
        vm.moveUp();
        assertThat(shown()).containsSubsequence("一、存在的问题", "二、上半年主要工作", "  （一）党建引领", "三、下半年工作计划");
        assertConsistent();
    }

    @Test
    void demoteMakesTheSectionTheLastChildOfItsPreviousSibling() {
        select("存在的问题");
        vm.demote();
        assertThat(shown()).containsSubsequence("  （二）队伍建设", "  （三）存在的问题", "二、下半年工作计划");
        vm.promote();
        assertThat(shown()).containsSubsequence("  （二）队伍建设", "二、存在的问题", "三、下半年工作计划");
        assertConsistent();
    }

    @Test
    void deleteIsUndoneAndRedone() {
        select("上半年主要工作");
        vm.delete();
        assertThat(shown()).containsExactly("【标题与开头语】", "一、存在的问题", "二、下半年工作计划", "【署名与日期】");
        assertThat(vm.selectedSection().heading()).isEqualTo("存在的问题");
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(shown()).containsSubsequence("一、上半年主要工作", "  （一）党建引领", "  （二）队伍建设", "二、存在的问题");
        vm.redo();
        assertThat(report.sections()).extracting(Section::heading).containsExactly("存在的问题", "下半年工作计划");
        assertConsistent();
    }

    @Test
    void undoReversesASequenceOfMoves() {
        select("队伍建设");
        vm.promote();
        vm.moveDown();
        vm.undo();
        vm.undo();
        assertThat(shown()).containsExactly("【标题与开头语】", "一、上半年主要工作", "  （一）党建引领", "  （二）队伍建设",
                "二、存在的问题", "三、下半年工作计划", "【署名与日期】");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertConsistent();
    }

    @Test
    void refusesToGoDeeperThanFourLevelsAndChangesNothing() {
        Section level3 = new Section("三级");
        Section level4 = new Section("四级");
        level3.add(level4);
        report.sections().get(0).children().get(0).add(level3);
        Section other = new Section("另一个三级");
        other.add(new Section("它的四级"));
        report.sections().get(0).children().get(0).add(other);
        vm.setReport(report);
        List<String> before = shown();
        select("另一个三级");
        int revision = vm.revisionProperty().get();

        vm.demote();

        assertThat(vm.messageProperty().get()).contains("4").contains("未执行");
        assertThat(shown()).isEqualTo(before);
        assertThat(vm.revisionProperty().get()).isEqualTo(revision);
        assertThat(vm.canDrop(other, level3, DropPosition.INTO)).isFalse();
    }

    @Test
    void dropsBeforeAfterAndIntoButNeverIntoItself() {
        Section first = report.sections().get(0);
        Section last = report.sections().get(2);
        vm.drop(last, first, DropPosition.BEFORE);
        assertThat(report.sections()).extracting(Section::heading).containsExactly("下半年工作计划", "上半年主要工作", "存在的问题");
        vm.drop(last, report.sections().get(2), DropPosition.AFTER);
        assertThat(report.sections()).extracting(Section::heading).containsExactly("上半年主要工作", "存在的问题", "下半年工作计划");
        vm.drop(last, first, DropPosition.INTO);
        assertThat(shown()).containsSubsequence("  （二）队伍建设", "  （三）下半年工作计划", "二、存在的问题");
        assertThat(vm.canDrop(first, first.children().get(0), DropPosition.INTO)).isFalse();
        assertConsistent();
    }

    @Test
    void renameBumpsTheRevisionSoCellsRedraw() {
        int r = vm.revisionProperty().get();
        vm.rename(report.sections().get(1), "问题与不足");
        assertThat(vm.revisionProperty().get()).isGreaterThan(r);
        assertThat(shown()).contains("二、问题与不足");
    }

    @Test
    void insertsTemplateSectionsAfterTheSelection() {
        select("存在的问题");
        vm.insertAfterSelection(List.of(new Section("校园安全"), new Section("教育督导")));
        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("上半年主要工作", "存在的问题", "校园安全", "教育督导", "下半年工作计划");
        assertConsistent();
    }

    private void select(String heading) {
        Section s = report.allSections().stream().filter(x -> x.heading().equals(heading)).findFirst().orElseThrow();
        vm.selectedProperty().set(OutlineNode.of(s));
    }

    private List<String> shown() {
        List<String> out = new ArrayList<>();
        for (TreeItem<OutlineNode> i : vm.rootProperty().get().getChildren()) {
            walk(i, 0, out);
        }
        return out;
    }

    private void walk(TreeItem<OutlineNode> item, int depth, List<String> out) {
        out.add("  ".repeat(depth) + vm.textOf(item.getValue()));
        for (TreeItem<OutlineNode> c : item.getChildren()) {
            walk(c, depth + 1, out);
        }
    }

    /** The tree items mirror the model exactly. */
    private void assertConsistent() {
        List<TreeItem<OutlineNode>> top = vm.rootProperty().get().getChildren();
        List<Section> fromItems = new ArrayList<>();
        for (TreeItem<OutlineNode> i : top.subList(1, top.size() - 1)) {
            collect(i, fromItems);
        }
        assertThat(fromItems).containsExactlyElementsOf(report.allSections());
    }

    private void collect(TreeItem<OutlineNode> item, List<Section> out) {
        out.add(item.getValue().section());
        assertThat(item.getChildren()).extracting(c -> c.getValue().section())
                .containsExactlyElementsOf(item.getValue().section().children());
        for (TreeItem<OutlineNode> c : item.getChildren()) {
            collect(c, out);
        }
    }
}
