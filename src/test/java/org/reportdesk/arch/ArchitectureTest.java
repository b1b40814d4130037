package org.reportdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
                        "org.reportdesk.io..", "org.reportdesk.json..", "org.reportdesk.i18n..", "org.reportdesk.cli..")
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
}
