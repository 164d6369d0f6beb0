package org.govexchange.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules every module checks in its own ArchitectureTest, all at once:
 * {@code @ArchTest static final ArchTests houseRules = ArchTests.in(ArchitectureRules.class);}
 */
public final class ArchitectureRules {

    private ArchitectureRules() {}

    /** Feature packages ({@code org.govexchange.<module>.<feature>}) do not depend on each other in a cycle. */
    @ArchTest
    public static final ArchRule FEATURES_FREE_OF_CYCLES = slices().matching("org.govexchange.(*).(*)..")
            .should()
            .beFreeOfCycles()
            .allowEmptyShould(true);

    /** Controllers stay thin: data access goes through a service, never a mapper straight from the web layer. */
    @ArchTest
    public static final ArchRule CONTROLLERS_DO_NOT_USE_MAPPERS = noClasses()
            .that()
            .areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
            .or()
            .areAnnotatedWith("org.springframework.stereotype.Controller")
            .should()
            .dependOnClassesThat()
            .areAssignableTo("com.baomidou.mybatisplus.core.mapper.BaseMapper")
            .allowEmptyShould(true);

    /** No grab-bag packages: a package is named after what it does. */
    @ArchTest
    public static final ArchRule NO_GRAB_BAG_PACKAGES = noClasses()
            .should()
            .resideInAnyPackage("..utils..", "..util..", "..common..", "..helpers..", "..helper..", "..misc..")
            .allowEmptyShould(true);
}
