package uk.nhs.cohortcoach.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the codebase, as tests every module runs: implement it in a plain {@code *Test} class
 * naming the module's root package. A class that breaks a rule fails that module's build, naming the
 * class and the dependency.
 *
 * <pre>{@code
 * class ArchitectureTest implements ArchitectureContract {
 *     public String rootPackage() { return "uk.nhs.cohortcoach.cohortservice"; }
 * }
 * }</pre>
 */
public interface ArchitectureContract {

    String PLATFORM = "uk.nhs.cohortcoach.platform";
    List<String> SERVICES = List.of("uk.nhs.cohortcoach.cohortservice", "uk.nhs.cohortcoach.coachingservice",
            "uk.nhs.cohortcoach.surveyservice", "uk.nhs.cohortcoach.notificationservice", "uk.nhs.cohortcoach.hubservice",
            "uk.nhs.cohortcoach.gateway");

    /** The module's root package, e.g. {@code uk.nhs.cohortcoach.cohortservice}. */
    String rootPackage();

    /** The module's main sources, relative to the module (where Maven runs its tests). */
    default Path mainSources() {
        return Path.of("src/main/java");
    }

    private JavaClasses mainClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage());
    }

    @Test
    default void webAdaptersAreUsedOnlyByWebAdapters() {
        String web = rootPackage() + "..web..";
        noClasses().that().resideOutsideOfPackage(web).should().dependOnClassesThat().resideInAPackage(web)
                .because("a feature's web adapter (controllers, request and response records) sits on top: "
                        + "nothing of the feature or the domain may depend on it")
                .allowEmptyShould(true).check(mainClasses());
    }

    @Test
    default void ruleClassesUseNoFrameworkDatabaseOrBroker() {
        classes().that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Calculator")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.springframework..", "com.mongodb..",
                        "org.bson..", "org.apache.kafka..", "jakarta.servlet..")
                .because("rules (clashes, suppression, scoring, life cycles) are plain classes with plain tests")
                .allowEmptyShould(true).check(mainClasses());
    }

    @Test
    default void noModuleReachesIntoAnotherServicesPackages() {
        for (String other : SERVICES) {
            if (!other.equals(rootPackage())) {
                noClasses().should().dependOnClassesThat().resideInAPackage(other + "..")
                        .because("services share state only through events and the platform's contracts")
                        .allowEmptyShould(true).check(mainClasses());
            }
        }
    }

    @Test
    default void thePlatformDependsOnNoService() {
        if (rootPackage().startsWith(PLATFORM)) {
            for (String service : SERVICES) {
                noClasses().should().dependOnClassesThat().resideInAPackage(service + "..")
                        .because("platform modules are shared by every service and know none of them")
                        .allowEmptyShould(true).check(mainClasses());
            }
        }
    }

    @Test
    default void noClassIsNamedImpl() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .because("a class is named for what it does, not for the interface it implements")
                .allowEmptyShould(true).check(mainClasses());
    }

    @Test
    default void everyPackageSaysWhatItIsForInAPackageInfo() {
        List<Path> missing;
        try (Stream<Path> files = Files.walk(mainSources())) {
            missing = files.filter(path -> path.toString().endsWith(".java")).map(Path::getParent).distinct()
                    .filter(directory -> !Files.exists(directory.resolve("package-info.java")))
                    .map(mainSources()::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(missing).as("packages without a package-info.java").isEmpty();
    }
}
