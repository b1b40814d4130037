package org.reportdesk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The page layout's place: layout uses the model and the export's rules (docx), never a toolkit
 * (no JavaFX, no java.awt: font metrics come from font files); only the PDF exporter, the CLI and
 * the UI use the layout.
 */
class LayoutArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportdesk");
    }

    @Test
    void layoutUsesNoToolkit() {
        noClasses().that().resideInAnyPackage("org.reportdesk.layout..", "org.reportdesk.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "java.awt..")
                .check(classes);
    }

    @Test
    void layoutDependsOnlyOnModelAndExportRules() {
        noClasses().that().resideInAPackage("org.reportdesk.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdesk.store..", "org.reportdesk.library..",
                        "org.reportdesk.check..", "org.reportdesk.cli..", "org.reportdesk.pdf..", "org.reportdesk.json..",
                        "org.reportdesk.ui..", "org.reportdesk.app..")
                .check(classes);
    }

    @Test
    void onlyPdfCliAndUiUseTheLayout() {
        noClasses().that().resideOutsideOfPackages("org.reportdesk.layout..", "org.reportdesk.pdf..", "org.reportdesk.cli..",
                        "org.reportdesk.ui..", "org.reportdesk.app..", "org.reportdesk.services..")
                .should().dependOnClassesThat().resideInAnyPackage("org.reportdesk.layout..", "org.reportdesk.pdf..")
                .check(classes);
    }
}
