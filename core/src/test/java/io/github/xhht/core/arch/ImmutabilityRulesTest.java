package io.github.xhht.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The structural half of "no shared mutable state": what ArchUnit can prove about the main classes. The
 * run-time half, which walks real rule sets and decisions, is {@link DeepImmutabilityTest}.
 */
@AnalyzeClasses(packages = "io.github.xhht", importOptions = ImportOption.DoNotIncludeTests.class)
class ImmutabilityRulesTest {

    /** The packages whose objects are shared between evaluations: the model, rules, rule sets, results and law. */
    static final String[] VALUE_PACKAGES = {"..core.model..", "..core.rule..", "..core.eval..", "..core.law..",
        "..core.i18n..", "..core.error.."};

    /** Types whose instances can be changed after construction; none may be the declared type of a field. */
    static final Class<?>[] MUTABLE_TYPES = {java.util.ArrayList.class, java.util.LinkedList.class, java.util.HashMap.class,
        java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.HashSet.class, java.util.LinkedHashSet.class,
        java.util.TreeSet.class, java.util.EnumMap.class, java.util.EnumSet.class, java.util.ArrayDeque.class,
        java.util.Date.class, java.util.Calendar.class, java.lang.StringBuilder.class, java.lang.StringBuffer.class,
        java.util.concurrent.atomic.AtomicInteger.class, java.util.concurrent.atomic.AtomicLong.class,
        java.util.concurrent.atomic.AtomicReference.class, java.util.concurrent.atomic.AtomicBoolean.class};

    @ArchTest
    static final ArchRule valueClassesHaveOnlyFinalFields = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(VALUE_PACKAGES)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().beFinal()
            .because("rule sets, dossiers and decisions are shared across threads and must not change after construction");

    @ArchTest
    static final ArchRule noMutableStaticState = fields()
            .that().areStatic()
            .should().beFinal()
            .because("the library keeps no static mutable state (house rule)");

    @ArchTest
    static final ArchRule noFieldOfAMutableType = noFields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(VALUE_PACKAGES)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().haveRawType(anyOf(MUTABLE_TYPES))
            .because("a final field that holds a mutable collection or date is still shared mutable state");

    @ArchTest
    static final ArchRule noArrayFields = noFields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(VALUE_PACKAGES)
            .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .should().haveRawType(DescribedPredicate.describe("an array", JavaClass::isArray))
            .because("arrays cannot be made read-only");

    @ArchTest
    static final ArchRule valueTypesAreRecordsEnumsInterfacesOrFinal = classes()
            .that().resideInAnyPackage(VALUE_PACKAGES).and().areTopLevelClasses()
            .should(beRecordEnumInterfaceOrFinal())
            .because("a subclass could add mutable state to a value that is shared across threads");

    @ArchTest
    static final ArchRule nestedBuildersAreTheOnlyMutableTypes = classes()
            .that().resideInAnyPackage(VALUE_PACKAGES).and().areNestedClasses().and().areNotAnonymousClasses()
            .and().haveSimpleNameNotEndingWith("Builder")
            .should(beRecordEnumInterfaceOrFinal())
            .because("only builders collect state, and they are not shared");

    @ArchTest
    static final ArchRule noClockReads = noClasses()
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("a decision depends only on the dossier and the as-of date (house rule: no clock reads)");

    @ArchTest
    static final ArchRule noRandomness = noClasses()
            .should().dependOnClassesThat().belongToAnyOf(java.util.Random.class, java.security.SecureRandom.class,
                    java.util.concurrent.ThreadLocalRandom.class, java.util.SplittableRandom.class)
            .because("the same dossier must always get the same decision");

    private static DescribedPredicate<JavaClass> anyOf(Class<?>... types) {
        return DescribedPredicate.describe("a mutable type", c -> {
            for (Class<?> type : types) {
                if (c.isEquivalentTo(type)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static ArchCondition<JavaClass> beRecordEnumInterfaceOrFinal() {
        return new ArchCondition<>("be a record, an enum, an interface or a final class") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean ok = c.isRecord() || c.isEnum() || c.isInterface() || c.getModifiers().contains(JavaModifier.FINAL)
                        || c.getModifiers().contains(JavaModifier.ABSTRACT) && c.getName().endsWith("Exception")
                        || c.isAnnotation();
                events.add(new SimpleConditionEvent(c, ok, c.getName() + (ok ? " is" : " is not") + " a record, enum, interface or final class"));
            }
        };
    }
}
