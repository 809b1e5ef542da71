package uk.evidencemap;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules of docs/architecture.md, checked on the compiled classes: the floors and their
 * order, no cycles, where Cypher, views and controllers live, access rules on services, and the
 * naming of the test tiers.
 */
class ArchitectureTest {

    private static final String ROOT = "uk.evidencemap";

    /**
     * The floors of the house, lowest first: a package may depend on its own floor and the floors
     * beneath it, never on one above. Packages on one floor do not depend on each other.
     */
    static final List<List<String>> FLOORS = List.of(
            List.of("base"),
            List.of("taxonomy", "database"),
            List.of("security"),
            List.of("area"),
            List.of("changelog"),
            List.of("collaboration"),
            List.of("map"),
            List.of("analysis"),
            List.of("comparison", "exchange"),
            List.of("briefing"),
            List.of("demo", "admin"),
            List.of("shell"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static String[] packages(List<String> features) {
        return features.stream().map(f -> ROOT + "." + f + "..").toArray(String[]::new);
    }

    @Test
    void everyFeaturePackageIsOnAFloor() {
        String[] known = packages(FLOORS.stream().flatMap(List::stream).toList());
        classes()
                .that()
                .resideOutsideOfPackage(ROOT)
                .should()
                .resideInAnyPackage(known)
                .because("a new package takes its place in the floors of docs/architecture.md")
                .check(MAIN);
    }

    @Test
    void noFloorDependsOnAFloorAbove() {
        List<ArchRule> rules = new ArrayList<>();
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            List<String> above = FLOORS.subList(floor + 1, FLOORS.size()).stream()
                    .flatMap(List::stream)
                    .toList();
            rules.add(noClasses()
                    .that()
                    .resideInAnyPackage(packages(FLOORS.get(floor)))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(packages(above))
                    .because("a lower floor never imports a higher one (" + FLOORS.get(floor) + " is below " + above
                            + ")"));
        }
        CompositeArchRule.of(rules).check(MAIN);
    }

    @Test
    void packagesOnOneFloorDoNotDependOnEachOther() {
        List<ArchRule> rules = new ArrayList<>();
        for (List<String> floor : FLOORS) {
            for (String feature : floor) {
                List<String> others =
                        floor.stream().filter(f -> !f.equals(feature)).toList();
                if (!others.isEmpty()) {
                    rules.add(noClasses()
                            .that()
                            .resideInAPackage(ROOT + "." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(packages(others)));
                }
            }
        }
        CompositeArchRule.of(rules).check(MAIN);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        slices().matching(ROOT + ".(**)")
                .should()
                .beFreeOfCycles()
                // Vaadin's security configurer is given the sign-in view's class: the one arrow from
                // security's wiring to its own page.
                .ignoreDependency(
                        JavaClass.Predicates.simpleName("SecurityConfiguration"),
                        JavaClass.Predicates.simpleName("LoginView"))
                .check(MAIN);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".base..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + ".base.."))))
                .because("shared errors, CSV writing and API error bodies serve every feature and know none")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheApplicationShell() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".shell..")
                .and()
                .resideOutsideOfPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".shell..")
                .because("the shell (layouts, navigation, area frame) sits above every feature")
                .check(MAIN);
    }

    @Test
    void viewsAndApiControllersTalkToServicesOnly() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..", ROOT + ".shell..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
                .because("views and controllers go through services, which check input and hold transactions")
                .check(MAIN);
    }

    @Test
    void onlyRepositoriesAndTheDatabasePackageTouchNeo4jClientOrTheDriver() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .resideOutsideOfPackage(ROOT + ".database..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j.core..")
                .because("all Cypher lives in package-private repositories, where it is parameterised")
                .check(MAIN);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .because("a feature's store is reached only through its service")
                .check(MAIN);
    }

    @Test
    void everyPublicServiceMethodHasAnAccessRule() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .doNotHaveSimpleName("SignInUserDetailsService")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(PreAuthorize.class)
                .because("every service checks who may call it (sign-in itself excepted)")
                .check(MAIN);
    }

    @Test
    void servicesReturnNoStreamsAndNoDriverTypes() {
        noMethods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .should()
                .haveRawReturnType(Stream.class)
                .orShould()
                .haveRawReturnType(resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j.."))
                .because("services return records or lists, read whole inside their transaction")
                .check(MAIN);
    }

    @Test
    void servicesAreNamedAndPlacedAsServices() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .haveSimpleNameEndingWith("Service")
                .orShould()
                .haveSimpleName("DemoDataLoader")
                .andShould()
                .resideOutsideOfPackages("..ui..", "..api..")
                .check(MAIN);
    }

    @Test
    void viewsLiveInUiPackagesOrTheShell() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .or()
                .areAnnotatedWith(Layout.class)
                .should()
                .resideInAnyPackage("..ui..", ROOT + ".shell..")
                .check(MAIN);
    }

    @Test
    void apiControllersLiveInApiPackagesAndAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..api..")
                .andShould()
                .notBePublic()
                .check(MAIN);
    }

    @Test
    void viewsAreReachedThroughNavigationNotByTheirClass() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and(are(not(PUBLIC_BY_NEED)))
                .should()
                .notBePublic()
                .because("pages reach each other through AreaNavigation and the shell, not by naming a view")
                .check(MAIN);
    }

    /** Routes the framework itself must reach from another package: the sign-in page and the start page. */
    private static final DescribedPredicate<JavaClass> PUBLIC_BY_NEED =
            simpleName("LoginView").or(simpleName("AreasView"));

    @Test
    void theDomainDoesNotDependOnTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", ROOT + ".shell..")
                .and()
                .resideOutsideOfPackage(ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..")
                .because("services, records and rules stay usable from the API and tests without a UI")
                .check(MAIN);
    }

    @Test
    void controllersAndViewsStayApart() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                // our views (springdoc's Swagger UI classes, in a package named ui, are the API's pages)
                .resideInAnyPackage(ROOT + "..ui..", ROOT + ".shell..", "com.vaadin.flow.component..")
                .check(MAIN);
    }

    @Test
    void testsThatStartTheApplicationAreIntegrationTests() {
        classes()
                .that()
                .areAnnotatedWith(SpringBootTest.class)
                .or()
                .areMetaAnnotatedWith(SpringBootTest.class)
                .and()
                .areNotAnnotations()
                .and()
                .doNotHaveModifier(JavaModifier.ABSTRACT)
                .should()
                .haveSimpleNameEndingWith("IT")
                .because("*Test runs in Surefire without the application; *IT runs in Failsafe with it")
                .check(TESTS);
    }

    @Test
    void unitTestsDoNotStartTheApplication() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Test")
                .and()
                .areNotAnnotations()
                .should()
                .beAnnotatedWith(SpringBootTest.class)
                .orShould()
                .beMetaAnnotatedWith(SpringBootTest.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleName("SpringBrowserlessTest")
                .check(TESTS);
    }

    @Test
    void browserTestsAreNamedAsSuch() {
        classes()
                .that()
                .areAssignableTo(BrowserTestBase.class)
                .and()
                .doNotHaveSimpleName("BrowserTestBase")
                .should()
                .haveSimpleNameEndingWith("BrowserIT")
                .because("*BrowserIT tests need Chromium; the name says so")
                .check(TESTS);
    }

    @Test
    void theFloorsNameEveryFeatureOnce() {
        List<String> all = FLOORS.stream().flatMap(List::stream).toList();
        assertThat(all).doesNotHaveDuplicates();
    }
}
