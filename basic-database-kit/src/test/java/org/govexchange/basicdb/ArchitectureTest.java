package org.govexchange.basicdb;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.govexchange.testkit.architecture.ArchitectureRules;

@AnalyzeClasses(packages = "org.govexchange.basicdb", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFreeOfCycles = ArchitectureRules.FEATURES_FREE_OF_CYCLES;

    @ArchTest
    static final ArchRule controllersDoNotUseMappers = ArchitectureRules.CONTROLLERS_DO_NOT_USE_MAPPERS;

    @ArchTest
    static final ArchRule noGrabBagPackages = ArchitectureRules.NO_GRAB_BAG_PACKAGES;
}
