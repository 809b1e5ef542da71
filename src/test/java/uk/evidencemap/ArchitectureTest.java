package uk.evidencemap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The boundaries of docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.evidencemap");

    @Test
    void viewsAndApiControllersTalkToServicesOnly() {
        noClasses()
                .that()
                .resideInAnyPackage("..ui..", "..api..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
                .because("views and controllers go through services, which check input and hold transactions")
                .check(CLASSES);
    }

    @Test
    void cypherLivesInRepositoriesAndTheDatabasePackage() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("Repository")
                .and()
                .resideOutsideOfPackage("uk.evidencemap.database..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.data.neo4j.core.Neo4jClient")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.Driver")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.neo4j.driver.Session")
                .check(CLASSES);
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
                .check(CLASSES);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void theDomainDoesNotDependOnTheUi() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin.flow.component..")
                .allowEmptyShould(true)
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(
                                "uk.evidencemap.map",
                                "uk.evidencemap.area",
                                "uk.evidencemap.taxonomy",
                                "uk.evidencemap.database",
                                "uk.evidencemap.demo",
                                "uk.evidencemap.collaboration"));
    }
}
