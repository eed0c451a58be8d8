package uk.nhs.cohortcoach.platform.test.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    /** Spring Data's MongoDB document annotation, which marks the aggregates and the documents services keep. */
    String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    /** The only framework types a domain class may use: annotations saying how it maps to a document. */
    /** The annotations that make a class a Spring bean. */
    List<String> BEAN_ANNOTATIONS = List.of("org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestController", "org.springframework.context.annotation.Configuration",
            "org.springframework.web.bind.annotation.RestControllerAdvice", "org.springframework.web.bind.annotation.ControllerAdvice");
    String[] MAPPING_ANNOTATIONS = {"org.springframework.data.annotation..", "org.springframework.data.mongodb.core.mapping..",
        "org.springframework.data.mongodb.core.index.."};

    String PLATFORM = "uk.nhs.cohortcoach.platform";
    List<String> SERVICES = List.of("uk.nhs.cohortcoach.cohortservice", "uk.nhs.cohortcoach.coachingservice",
            "uk.nhs.cohortcoach.surveyservice", "uk.nhs.cohortcoach.notificationservice", "uk.nhs.cohortcoach.hubservice",
            "uk.nhs.cohortcoach.gateway", "uk.nhs.cohortcoach.localstack");

    /** The module's root package, e.g. {@code uk.nhs.cohortcoach.cohortservice}. */
    String rootPackage();

    /** The module's main sources, relative to the module (where Maven runs its tests). */
    default Path mainSources() {
        return Path.of("src/main/java");
    }

    /** The module's compiled main classes, relative to the module. */
    default Path mainClassesDirectory() {
        return Path.of("target/classes");
    }

    private JavaClasses mainClasses() {
        return ImportedClasses.from(mainClassesDirectory());
    }

    /**
     * The domain: aggregates and the documents they are kept as ({@code @Document}), and the rule classes
     * ({@code *Rules}, {@code *Calculator}). Everything else in a feature package is its application
     * layer (services, repositories, listeners), and its {@code web} package the adapter on top.
     */
    private static DescribedPredicate<JavaClass> domain() {
        return JavaClass.Predicates.simpleNameEndingWith("Rules")
                .or(JavaClass.Predicates.simpleNameEndingWith("Calculator"))
                .or(CanBeAnnotated.Predicates.annotatedWith(DOCUMENT))
                .as("domain classes (@Document aggregates and documents, *Rules, *Calculator)");
    }

    /**
     * The application layer's moving parts: Spring beans and Spring Data repositories. Named by their own
     * annotations and interfaces, which the import knows without reading the framework's jars.
     */
    private static DescribedPredicate<JavaClass> applicationServices() {
        return DescribedPredicate.describe("application services (Spring beans, repositories)",
                type -> BEAN_ANNOTATIONS.stream().anyMatch(type::isAnnotatedWith)
                        || type.getRawInterfaces().stream().anyMatch(api -> api.getPackageName().startsWith("org.springframework.data")
                                && api.getSimpleName().endsWith("Repository")));
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
    default void theDomainDependsOnNoApplicationService() {
        noClasses().that(domain()).should().dependOnClassesThat(applicationServices())
                .because("web -> application -> domain: aggregates and rules are called by services, never call them")
                .allowEmptyShould(true).check(mainClasses());
    }

    @Test
    default void aggregatesUseNoFrameworkDatabaseOrBrokerButTheirMappingAnnotations() {
        classes().that().areAnnotatedWith(DOCUMENT)
                .should().onlyDependOnClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..",
                                "org.apache.kafka..", "jakarta.servlet..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(MAPPING_ANNOTATIONS))))
                        .as("plain Java, the platform's language and Spring Data's mapping annotations"))
                .because("an aggregate owns its rules and is stored by a repository: it may say how it maps to a "
                        + "document (@Document, @Id, @Version, indexes) but never reaches a database, a broker or the web")
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

    /**
     * The OpenAPI document names each schema by its class's simple name, so two request or response types
     * of one service with the same name would silently share one schema (a body documented, and swept,
     * with another body's fields). Records and enums of the web adapters are named uniquely.
     */
    @Test
    default void webRecordsAndEnumsHaveNamesOfTheirOwn() {
        Map<String, List<String>> byName = mainClasses().stream()
                .filter(c -> isWebAdapter(c.getPackageName()) && (c.isRecord() || c.isEnum()))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        byName.values().removeIf(names -> names.size() < 2);
        assertThat(byName).as("web records and enums sharing a simple name (one OpenAPI schema for both)").isEmpty();
    }

    /** A feature's web adapter package ({@code <root>.session.web}), by the packages below the module's root. */
    private boolean isWebAdapter(String packageName) {
        String below = packageName.startsWith(rootPackage()) ? packageName.substring(rootPackage().length()) : packageName;
        return (below + ".").contains(".web.");
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
