package dev.ndgrade.grader.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The grader's packages depend on each other one way only, as the reference's do. */
class PackageDependenciesTest {

    @Test
    void graderPackagesHaveNoCycles() {
        JavaClasses grader = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/ndarray-ref/") && !location.contains("ndarray-ref-"))
                .importPackages("dev.ndgrade.grader");
        assertTrue(grader.size() > 50, "imported only " + grader.size() + " classes");
        slices().matching("dev.ndgrade.grader.(**)").should().beFreeOfCycles().check(grader);
    }
}
