package org.reportdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportdesk.model.Report;
import org.reportdesk.model.Section;

/** The layering rules of docs/architecture: the core runs without a toolkit. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportdesk");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAnyPackage(
                        "org.reportdesk.model..", "org.reportdesk.text..", "org.reportdesk.library..",
                        "org.reportdesk.store..", "org.reportdesk.docx..", "org.reportdesk.check..",
                        "org.reportdesk.io..", "org.reportdesk.json..", "org.reportdesk.i18n..", "org.reportdesk.cli..",
                        "org.reportdesk.session..", "org.reportdesk.services..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("the CLI and the tests run the core without a toolkit")
                .check(classes);
    }

    @Test
    void coreDoesNotReachIntoTheUi() {
        noClasses().that().resideOutsideOfPackages("org.reportdesk.ui..", "org.reportdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdesk.ui..", "org.reportdesk.app..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingElseOfTheProject() {
        noClasses().that().resideInAPackage("org.reportdesk.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.reportdesk.store..", "org.reportdesk.docx..", "org.reportdesk.library..",
                        "org.reportdesk.check..", "org.reportdesk.text..", "org.reportdesk.cli..")
                .check(classes);
    }

    @Test
    void viewsDoNotTouchTheStoreOrFilesDirectly() {
        noClasses().that().resideInAPackage("org.reportdesk.ui..").and().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdesk.store..", "java.sql..")
                .because("a view binds and forwards; I/O belongs to view models and services")
                .check(classes);
    }

    @Test
    void noThreadsAreStartedOutsideTheTaskExecutor() {
        noClasses().that().resideOutsideOfPackage("org.reportdesk.app..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .because("all background work goes through the one TaskExecutor")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("org.reportdesk.(*)..").should().beFreeOfCycles()
                .because("each layer can be changed and tested on top of the ones below it")
                .check(classes);
    }

    /** Report and Section methods that change them. */
    private static final DescribedPredicate<JavaCall<?>> CHANGES_A_REPORT = new DescribedPredicate<>("a change of a Report or Section") {
        @Override
        public boolean test(JavaCall<?> call) {
            String owner = call.getTargetOwner().getFullName();
            String name = call.getName();
            return (owner.equals(Report.class.getName()) || owner.equals(Section.class.getName()))
                    && (name.startsWith("set") || name.equals("add") || name.equals("detach"));
        }
    };

    @Test
    void onlyTheSessionChangesTheOpenReport() {
        noClasses().that().resideInAnyPackage("org.reportdesk.ui.main..", "org.reportdesk.ui.outline..",
                        "org.reportdesk.ui.editor..", "org.reportdesk.ui.preflight..", "org.reportdesk.ui.history..",
                        "org.reportdesk.ui.autosave..", "org.reportdesk.ui.library..", "org.reportdesk.ui.export..")
                // autosave stamps the stored id on the snapshot it writes, never on the open report
                .and().doNotHaveFullyQualifiedName("org.reportdesk.ui.autosave.Autosave")
                .should().callMethodWhere(CHANGES_A_REPORT)
                .because("the screens edit the open report through the report session, which records and announces every change")
                .check(classes);
    }

    @Test
    void viewsHoldNoLogic() {
        DescribedPredicate<JavaClass> views = new DescribedPredicate<>("views (nodes, views, dialogs, panes, cells)") {
            @Override
            public boolean test(JavaClass c) {
                String n = c.getSimpleName();
                return c.isAssignableTo("javafx.scene.Node") || n.endsWith("View") || n.endsWith("Dialog")
                        || n.endsWith("Pane") || n.endsWith("Cell");
            }
        };
        noClasses().that().resideInAPackage("org.reportdesk.ui..").and(views)
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdesk.services..", "org.reportdesk.session..",
                        "org.reportdesk.io..", "java.sql..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .because("a view binds and forwards; the work is in view models and services, tested without a stage")
                .check(classes);
    }
}
