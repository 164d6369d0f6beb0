package org.govexchange.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The launcher is split by what each part does; the root package only wires the parts together. */
@AnalyzeClasses(packages = "org.govexchange.local", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule PARTS_FREE_OF_CYCLES =
            slices().matching("org.govexchange.local.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule PARTS_DO_NOT_DEPEND_ON_THE_WIRING = noClasses()
            .that()
            .resideInAPackage("org.govexchange.local.*..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.govexchange.local");

    @ArchTest
    static final ArchRule NO_GRAB_BAG_PACKAGES = noClasses()
            .should()
            .resideInAnyPackage("..utils..", "..util..", "..common..", "..helpers..", "..helper..", "..misc..");
}
