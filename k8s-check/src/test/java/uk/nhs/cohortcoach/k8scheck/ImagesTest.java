package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests deploy the images the root pom's Jib configuration (profile images) builds. */
class ImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentRunsTheImageJibBuildsForItsModuleAsJibsUser(String overlay) throws IOException {
        String pom = Files.readString(ServiceModules.root().resolve("pom.xml"));
        String image = element(pom, "image.registry") + "/%s:" + element(pom, "image.tag");
        long user = Long.parseLong(element(pom, "user").split(":")[0]);
        for (Deployment deployment : Overlay.of(overlay).deployments()) {
            String name = deployment.getMetadata().getName();
            var container = Overlay.container(deployment);
            assertThat(container.getImage()).as(name + " image").isEqualTo(image.formatted(name));
            assertThat(container.getSecurityContext().getRunAsUser()).as(name + " runAsUser").isEqualTo(user);
        }
    }

    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError("root pom.xml has no <" + name + ">");
        }
        return matcher.group(1).trim();
    }
}
