package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Ingress and the gateway agree on request sizes: ingress-nginx lets through every body the gateway would
 * accept on that path (else a valid upload dies with nginx's own 413 page, never reaching the gateway's problem
 * details), and the larger upload limit stays on the upload paths.
 */
class RequestBodySizeTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressLetsThroughTheGatewaysLargestOrdinaryBodyOnEveryRoute(String overlay) {
        Overlay o = Overlay.of(overlay);
        GatewayBodyLimits gateway = GatewayBodyLimits.of(o.environment(Overlay.container(o.deployment(ServiceModules.GATEWAY))));
        IngressLocations ingress = IngressLocations.of(o.all(Ingress.class));
        List<String> samples = new ArrayList<>(gateway.routes().stream().map(GatewayBodyLimits::sample).toList());
        samples.add("/");                                       // the pages (web)
        for (String host : ingress.hosts()) {
            for (String uri : samples) {
                long allowed = ingress.route(host, uri).orElseThrow(() -> new AssertionError(host + uri + " reaches no location"))
                        .bodyLimit();
                assertThat(allowed).as(overlay + ": the Ingress's body limit on " + host + uri + " (gateway: max-size)")
                        .isGreaterThanOrEqualTo(gateway.maxSize());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressLetsThroughEachOfTheGatewaysUploadsOnItsPathsAndOnlyThere(String overlay) {
        Overlay o = Overlay.of(overlay);
        GatewayBodyLimits gateway = GatewayBodyLimits.of(o.environment(Overlay.container(o.deployment(ServiceModules.GATEWAY))));
        IngressLocations ingress = IngressLocations.of(o.all(Ingress.class));
        for (String host : ingress.hosts()) {
            for (GatewayBodyLimits.Upload upload : gateway.uploads()) {
                for (String path : upload.paths()) {
                    String uri = GatewayBodyLimits.sample(path);
                    assertThat(ingress.route(host, uri)).as(overlay + ": " + host + uri + " reaches the gateway")
                            .hasValueSatisfying(location -> assertThat(location.bodyLimit())
                                    .as(overlay + ": the Ingress's body limit on " + host + uri + " (gateway: an upload)")
                                    .isGreaterThanOrEqualTo(upload.maxSize()));
                }
            }
            long smallestUpload = gateway.uploads().stream().mapToLong(GatewayBodyLimits.Upload::maxSize).min()
                    .orElse(Long.MAX_VALUE);
            List<String> ordinary = gateway.routes().stream().map(GatewayBodyLimits::sample)
                    .filter(uri -> !gateway.isUpload(uri)).toList();
            for (String uri : ordinary) {
                long allowed = ingress.route(host, uri).orElseThrow().bodyLimit();
                if (allowed > gateway.maxSize()) {
                    assertThat(allowed).as(overlay + ": " + host + uri + " is no upload path, yet the Ingress lets a larger body through")
                            .isLessThan(smallestUpload);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressesOfAHostShareItsCertificateAndOnlyOneAsksCertManagerForIt(String overlay) {
        List<Ingress> ingresses = Overlay.of(overlay).all(Ingress.class);
        for (String host : IngressLocations.of(ingresses).hosts()) {
            List<Ingress> ofHost = ingresses.stream()
                    .filter(i -> i.getSpec().getRules().stream().anyMatch(r -> host.equals(r.getHost()))).toList();
            assertThat(ofHost).as(overlay + ": " + host + " TLS Secret")
                    .flatMap(i -> i.getSpec().getTls().stream().filter(t -> t.getHosts().contains(host)).map(t -> t.getSecretName()).toList())
                    .containsOnly(ofHost.get(0).getSpec().getTls().get(0).getSecretName());
            assertThat(ofHost).as(overlay + ": Ingresses of " + host + " with a cert-manager issuer (one Certificate per Secret)")
                    .filteredOn(i -> Objects.requireNonNullElse(i.getMetadata().getAnnotations(), Map.<String, String>of())
                            .keySet().stream().anyMatch(k -> k.startsWith("cert-manager.io/")))
                    .hasSize(1);
        }
    }
}
