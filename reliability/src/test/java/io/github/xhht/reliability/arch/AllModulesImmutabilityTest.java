package io.github.xhht.reliability.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Core's immutability rules ({@code io.github.xhht.core.arch.ImmutabilityRulesTest}) applied to the main
 * code of every module: the schemes' rule sets (TT 24, TT 25, award titles) are shared between threads
 * like core's, so they obey the same rules. The CLI, which owns the process, may read the clock.
 */
@AnalyzeClasses(packages = "io.github.xhht", importOptions = AllModulesImmutabilityTest.MainCodeOnly.class)
class AllModulesImmutabilityTest {
    private static final String[] SCHEME_PACKAGES = {"io.github.xhht.tt24..", "io.github.xhht.tt25..", "io.github.xhht.awards.."};

    /** Main classes only: no test classes, no test-jars. */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule noMutableStaticStateInAnyModule = fields()
            .that().areStatic()
            .should().beFinal()
            .because("the library keeps no static mutable state (house rule)");

    @ArchTest
    static final ArchRule schemeClassesHaveOnlyFinalFields = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(SCHEME_PACKAGES)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beFinal()
            .because("rule sets and results are shared across threads and must not change after construction");

    @ArchTest
    static final ArchRule schemeClassesHoldNoMutableCollections = noFields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(SCHEME_PACKAGES)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().haveRawType(DescribedPredicate.describe("a mutable collection, date, buffer or array", c -> c.isArray()
                    || c.getPackageName().equals("java.util") && !c.isInterface() && !c.getSimpleName().startsWith("Optional")
                            && !c.isEnum()
                    || c.getName().startsWith("java.util.concurrent.atomic.") || c.isEquivalentTo(StringBuilder.class)))
            .because("a final field that holds a mutable collection is still shared mutable state");

    @ArchTest
    static final ArchRule schemeTypesCannotBeSubclassed = classes()
            .that().resideInAnyPackage(SCHEME_PACKAGES).and().areNotAnonymousClasses()
            .and().haveSimpleNameNotEndingWith("Builder")
            .should(beRecordEnumInterfaceOrFinal())
            .because("a subclass could add mutable state to a value that is shared across threads");

    @ArchTest
    static final ArchRule onlyTheToolReadsTheClock = noClasses()
            .that().resideOutsideOfPackage("io.github.xhht.cli..")
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("a decision depends only on its inputs and the as-of date the caller gives");

    private static ArchCondition<JavaClass> beRecordEnumInterfaceOrFinal() {
        return new ArchCondition<>("be a record, an enum, an interface or a final class") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isRecord() || c.isEnum() || c.isInterface() || c.isAnnotation()
                        || c.getModifiers().contains(JavaModifier.FINAL);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is" : " is not") + " a record, enum, interface or final class"));
            }
        };
    }
}
