package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model of ingress-nginx's path matching and body sizes that RequestBodySizeTest relies on. */
class IngressLocationsTest {

    private static final String INGRESS = """
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: %s
              annotations:
                %s
            spec:
              ingressClassName: nginx
              rules:
                - host: example.test
                  http:
                    paths:
                      - path: %s
                        pathType: %s
                        backend:
                          service:
                            name: gateway
                            port:
                              name: http
            """;

    private static Ingress ingress(String name, String annotations, String path, String pathType) {
        return (Ingress) StrictManifests.parse(INGRESS.formatted(name, annotations, path, pathType)).get(0);
    }

    private static final Ingress SITE = ingress("site", "nginx.ingress.kubernetes.io/proxy-body-size: 6m", "/", "Prefix");
    private static final Ingress UPLOADS = ingress("uploads", """
            nginx.ingress.kubernetes.io/proxy-body-size: 21m
                nginx.ingress.kubernetes.io/use-regex: "true\"""", "/api/resources/[^/]+/attachments$", "ImplementationSpecific");

    @Test
    void aRegexLocationWinsOverTheSitesPrefixForEveryPathItMatchesAndForNoOther() {
        IngressLocations locations = IngressLocations.of(List.of(SITE, UPLOADS));
        Random random = new Random(20);
        for (int i = 0; i < 200; i++) {
            String id = Long.toHexString(random.nextLong()) + (random.nextBoolean() ? "" : "-" + random.nextInt(1000));
            String upload = "/api/resources/" + id + "/attachments";
            assertThat(locations.route("example.test", upload)).get().extracting(IngressLocations.Location::ingress)
                    .as(upload).isEqualTo("uploads");
            assertThat(locations.route("example.test", upload.toUpperCase())).get().extracting(IngressLocations.Location::ingress)
                    .as("case-insensitive").isEqualTo("uploads");
            for (String other : List.of(upload + "/" + id, "/api/resources/" + id, "/api/resources/" + id + "/publish",
                    "/x" + upload, "/api/resources/" + id + "/x/attachments")) {
                assertThat(locations.route("example.test", other)).get().extracting(IngressLocations.Location::ingress)
                        .as(other).isEqualTo("site");
            }
        }
        assertThat(locations.route("other.test", "/")).isEmpty();
    }

    @Test
    void withoutUseRegexAPathIsAPlainPrefixSoTheRegexTextMatchesNothingReal() {
        Ingress literal = ingress("uploads", "nginx.ingress.kubernetes.io/proxy-body-size: 21m",
                "/api/resources/[^/]+/attachments$", "ImplementationSpecific");
        IngressLocations locations = IngressLocations.of(List.of(SITE, literal));
        assertThat(locations.route("example.test", "/api/resources/r1/attachments")).get()
                .extracting(IngressLocations.Location::ingress).isEqualTo("site");
    }

    @Test
    void theLongestPrefixWinsAndAPrefixMatchesWholeSegmentsOnly() {
        Ingress api = ingress("api", "nginx.ingress.kubernetes.io/proxy-body-size: 2m", "/api", "Prefix");
        IngressLocations locations = IngressLocations.of(List.of(SITE, api));
        assertThat(locations.route("example.test", "/api/cohorts").orElseThrow().ingress()).isEqualTo("api");
        assertThat(locations.route("example.test", "/api").orElseThrow().ingress()).isEqualTo("api");
        assertThat(locations.route("example.test", "/apiary").orElseThrow().ingress()).isEqualTo("site");
    }

    @Test
    void bodySizesAreNginxSizesWithItsDefaultAndUnlimited() {
        assertThat(IngressLocations.bodyLimit("6m")).isEqualTo(6L * 1024 * 1024);
        assertThat(IngressLocations.bodyLimit("21M")).isEqualTo(21L * 1024 * 1024);
        assertThat(IngressLocations.bodyLimit("512k")).isEqualTo(512L * 1024);
        assertThat(IngressLocations.bodyLimit("1g")).isEqualTo(1024L * 1024 * 1024);
        assertThat(IngressLocations.bodyLimit("100")).isEqualTo(100L);
        assertThat(IngressLocations.bodyLimit(null)).as("nginx's default").isEqualTo(1024L * 1024);
        assertThat(IngressLocations.bodyLimit("0")).as("unlimited").isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> IngressLocations.bodyLimit("21MB")).hasMessageContaining("21MB");
    }

    @Test
    void theGatewaysPathPatternsBecomeSamplesTheyMatchAndSizesAreSpringDataSizes() {
        for (String pattern : List.of("/api/resources/{id}/attachments", "/api/cohorts/**", "/respond/{token}",
                "/api/open-events/registrations/{token}/**", "/auth/login")) {
            assertThat(GatewayBodyLimits.regex(pattern).matcher(GatewayBodyLimits.sample(pattern)).matches()).as(pattern).isTrue();
        }
        assertThat(GatewayBodyLimits.regex("/api/cohorts/**").matcher("/api/cohorts").matches()).isTrue();
        assertThat(GatewayBodyLimits.regex("/api/resources/{id}/attachments").matcher("/api/resources/r1/attachments/a1").matches())
                .isFalse();
        assertThat(GatewayBodyLimits.regex("/api/resources/{id}/attachments").matcher("/api/resources/attachments").matches())
                .isFalse();
        assertThat(GatewayBodyLimits.dataSize("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(GatewayBodyLimits.dataSize("21MB")).isEqualTo(IngressLocations.bodyLimit("21m"));
        assertThat(GatewayBodyLimits.dataSize("512KB")).isEqualTo(512L * 1024);
        assertThat(GatewayBodyLimits.dataSize("1024")).isEqualTo(1024L);
        assertThatThrownBy(() -> GatewayBodyLimits.dataSize("5 megabytes")).hasMessageContaining("5 megabytes");
    }
}
