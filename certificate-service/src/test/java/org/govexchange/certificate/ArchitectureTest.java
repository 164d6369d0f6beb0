package org.govexchange.certificate;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.govexchange.testkit.architecture.ArchitectureRules;

@AnalyzeClasses(packages = "org.govexchange.certificate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests houseRules = ArchTests.in(ArchitectureRules.class);
}
