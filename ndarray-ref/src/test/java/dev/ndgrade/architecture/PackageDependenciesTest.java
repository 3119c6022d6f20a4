package dev.ndgrade.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages of the reference are layers: dependencies run one way, from the interpreter down to the array, its
 * geometry and its errors. A cycle would let a change in a lower layer's internals ripple upwards unseen.
 */
class PackageDependenciesTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.ndgrade");
        // guards against an import that silently finds nothing, which would make every rule below pass
        assertTrue(main.size() > 200, "imported only " + main.size() + " classes");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.ndgrade.(**)").should().beFreeOfCycles().check(main);
    }

    @Test
    void theArrayKnowsNothingOfPython() {
        noClasses().that().resideInAPackage("dev.ndgrade.ndarray..")
                .should().dependOnClassesThat().resideInAPackage("dev.ndgrade.python..").check(main);
    }

    @Test
    void geometryIsPureArithmetic() {
        noClasses().that().resideInAPackage("dev.ndgrade.ndarray.layout..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ndgrade.ndarray", "dev.ndgrade.ndarray.ufunc..",
                        "dev.ndgrade.ndarray.print..").check(main);
    }

    @Test
    void errorsAreTheBottomLayer() {
        noClasses().that().resideInAPackage("dev.ndgrade.ndarray.error..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ndgrade.ndarray", "dev.ndgrade.ndarray.layout..",
                        "dev.ndgrade.ndarray.ufunc..", "dev.ndgrade.ndarray.print..").check(main);
    }

    @Test
    void theParserKnowsNothingOfTheRuntime() {
        noClasses().that().resideInAPackage("dev.ndgrade.python.syntax..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.ndgrade.python.runtime..", "dev.ndgrade.ndarray..")
                .check(main);
    }
}
