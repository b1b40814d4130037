package org.reportdesk.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CheckArchitectureTest {

    @Test
    void preflightRunsWithoutAToolkit() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reportdesk.check");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .check(classes);
    }
}
