package uk.nhs.cohortcoach.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, and web's own: APIs only through {@code api} clients, no HTTP session anywhere. */
class ArchitectureTest implements ArchitectureContract {

    private static final JavaClasses WEB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.nhs.cohortcoach.web");

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.web";
    }

    @Test
    void onlyTheApiClientsAndSignInCallOtherParts() {
        noClasses().that().resideOutsideOfPackages("uk.nhs.cohortcoach.web.api..", "uk.nhs.cohortcoach.web.signin..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web.client..", "java.net.http..")
                .because("pages call the services only through the api package's clients (token, correlation id, "
                        + "errors handled once), and the gateway only from signin")
                .check(WEB);
    }

    @Test
    void nothingUsesAnHttpSession() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.servlet.http.HttpSession")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.web.servlet.mvc.support.RedirectAttributes")
                .because("web is stateless (replicas need no sticky sessions): the person is the relayed bearer token, "
                        + "and a success message travels in page.Flash's cookie, not in session flash attributes")
                .check(WEB);
    }
}
