package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules every overlay's rendered manifests must keep. */
class ManifestRulesTest {

    private static final List<String> SECRET_VARIABLES = List.of("MONGODB_URI", "NOTIFY_API_KEY", "NOTIFY_CALLBACK_TOKEN",
            "AUTH_KEY_STORE_PASSWORD", "AUTH_KEY_PASSWORD", "INVITATION_LINK_SECRET", "CALENDAR_LINK_SECRET",
            "REGISTRATION_LINK_SECRET");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayAndEveryServiceHaveADeployment(String overlay) {
        assertThat(Overlay.of(overlay).deployments()).map(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(ServiceModules.ALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerListensOnItsModulesConfiguredPort(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (String module : ServiceModules.ALL) {
            Container container = Overlay.container(o.deployment(module));
            int port = ServiceModules.configuredPort(module);
            assertThat(container.getPorts()).as(module + " container ports").filteredOn(p -> "http".equals(p.getName()))
                    .map(ContainerPort::getContainerPort).containsExactly(port);
            assertThat(container.getPorts()).as(module + " container ports: http, and management for the gateway only")
                    .map(ContainerPort::getName)
                    .containsExactlyElementsOf(module.equals("gateway") ? List.of("http", "management") : List.of("http"));
            assertThat(o.environment(container).get("SERVER_PORT")).as(module + " SERVER_PORT")
                    .isIn(null, String.valueOf(port));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasLivenessAndReadinessProbesOnTheActuatorGroupsAtADeclaredPort(String overlay) {
        for (Deployment deployment : Overlay.of(overlay).deployments()) {
            Container c = Overlay.container(deployment);
            String name = deployment.getMetadata().getName();
            assertProbe(name + " liveness", c, c.getLivenessProbe(), "/actuator/health/liveness");
            assertProbe(name + " readiness", c, c.getReadinessProbe(), "/actuator/health/readiness");
            if (c.getStartupProbe() != null) {
                assertProbe(name + " startup", c, c.getStartupProbe(), "/actuator/health/liveness");
            }
        }
    }

    private static void assertProbe(String what, Container container, Probe probe, String path) {
        assertThat(probe).as(what + " probe").isNotNull();
        assertThat(probe.getHttpGet()).as(what + " probe is an HTTP GET").isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(what + " path").isEqualTo(path);
        IntOrString port = probe.getHttpGet().getPort();
        boolean declared = container.getPorts().stream().anyMatch(p -> port.getIntVal() != null
                ? port.getIntVal().equals(p.getContainerPort()) : port.getStrVal().equals(p.getName()));
        assertThat(declared).as(what + " probe port " + port + " is a declared container port").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasCpuAndMemoryRequestsAndLimits(String overlay) {
        for (Deployment deployment : Overlay.of(overlay).deployments()) {
            Container c = Overlay.container(deployment);
            assertThat(c.getResources()).as(deployment.getMetadata().getName() + " resources").isNotNull();
            assertThat(c.getResources().getRequests()).as(deployment.getMetadata().getName() + " requests")
                    .containsKeys("cpu", "memory");
            assertThat(c.getResources().getLimits()).as(deployment.getMetadata().getName() + " limits")
                    .containsKeys("cpu", "memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerRunsAsNonRootOnAReadOnlyRootFilesystemWithoutCapabilities(String overlay) {
        for (Deployment deployment : Overlay.of(overlay).deployments()) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = Objects.requireNonNullElseGet(pod.getSecurityContext(), PodSecurityContext::new);
            Container c = Overlay.container(deployment);
            SecurityContext sc = c.getSecurityContext();
            assertThat(sc).as(name + " securityContext").isNotNull();
            assertThat(first(sc.getRunAsNonRoot(), podContext.getRunAsNonRoot())).as(name + " runAsNonRoot").isTrue();
            assertThat(first(sc.getRunAsUser(), podContext.getRunAsUser())).as(name + " runAsUser").isNotNull().isPositive();
            assertThat(sc.getReadOnlyRootFilesystem()).as(name + " readOnlyRootFilesystem").isTrue();
            assertThat(sc.getAllowPrivilegeEscalation()).as(name + " allowPrivilegeEscalation").isFalse();
            assertThat(sc.getCapabilities()).as(name + " capabilities").isNotNull();
            assertThat(sc.getCapabilities().getDrop()).as(name + " capabilities.drop").containsExactly("ALL");
            assertThat(sc.getCapabilities().getAdd()).as(name + " capabilities.add").isEmpty();
            var seccomp = first(sc.getSeccompProfile(), podContext.getSeccompProfile());
            assertThat(seccomp).as(name + " seccompProfile").isNotNull();
            assertThat(seccomp.getType()).as(name + " seccompProfile").isEqualTo("RuntimeDefault");
            String tmpVolume = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " mounts nothing at /tmp")).getName();
            assertThat(pod.getVolumes()).as(name + " /tmp volume").filteredOn(v -> v.getName().equals(tmpVolume))
                    .singleElement().extracting(Volume::getEmptyDir).isNotNull();
        }
    }

    private static <T> T first(T container, T pod) {
        return container != null ? container : pod;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyImageIsPinnedToAVersionTag(String overlay) {
        for (Deployment deployment : Overlay.of(overlay).deployments()) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String image = c.getImage();
                String lastPart = image.substring(image.lastIndexOf('/') + 1);
                boolean digest = image.contains("@sha256:");
                assertThat(digest || lastPart.contains(":")).as(image + " has a tag or digest").isTrue();
                if (!digest) {
                    String tag = lastPart.substring(lastPart.indexOf(':') + 1);
                    assertThat(tag).as(image + " tag").isNotEqualTo("latest").matches("v?\\d+\\.\\d+\\.\\d+.*");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerBindsAllInterfacesUnderTheProdProfileAndTrustsTheGatewaysKeys(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Deployment deployment : o.deployments()) {
            Map<String, String> env = o.environment(Overlay.container(deployment));
            String name = deployment.getMetadata().getName();
            assertThat(env).as(name).containsEntry("SERVER_ADDRESS", "0.0.0.0")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                    .containsEntry("AUTH_JWKS_URI", "http://gateway:" + ServiceModules.configuredPort("gateway")
                            + "/.well-known/jwks.json")
                    .containsKey("KAFKA_BOOTSTRAP_SERVERS");
        }
        Map<String, String> gateway = o.environment(Overlay.container(o.deployment("gateway")));
        Map<String, String> web = o.environment(Overlay.container(o.deployment(ServiceModules.WEB)));
        for (String service : ServiceModules.SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_SERVICE_URI";
            String uri = "http://" + service + ":" + ServiceModules.configuredPort(service);
            assertThat(gateway).as("gateway " + variable).containsEntry(variable, uri);
            assertThat(web).as("web " + variable + " (web calls the services directly)").containsEntry(variable, uri);
        }
        assertThat(gateway).as("gateway WEB_URI").containsEntry("WEB_URI", "http://web:" + ServiceModules.configuredPort(ServiceModules.WEB));
        assertThat(web).as("web GATEWAY_URI (sign-in)").containsEntry("GATEWAY_URI", "http://gateway:" + ServiceModules.configuredPort("gateway"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void shutdownIsGracefulWithAPreStopPauseWithinTheGracePeriod(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Deployment deployment : o.deployments()) {
            String name = deployment.getMetadata().getName();
            Container c = Overlay.container(deployment);
            assertThat(c.getLifecycle()).as(name + " lifecycle").isNotNull();
            var preStop = c.getLifecycle().getPreStop();
            assertThat(preStop).as(name + " preStop").isNotNull();
            assertThat(preStop.getSleep()).as(name + " preStop sleep").isNotNull();
            long preStopSeconds = preStop.getSleep().getSeconds();
            assertThat(preStopSeconds).as(name + " preStop sleep").isPositive();
            String timeout = o.environment(c).get("SHUTDOWN_TIMEOUT");
            assertThat(timeout).as(name + " SHUTDOWN_TIMEOUT").isNotNull().matches("\\d+s");
            long shutdownSeconds = Duration.ofSeconds(Long.parseLong(timeout.replace("s", ""))).toSeconds();
            assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                    .as(name + " terminationGracePeriodSeconds > preStop + SHUTDOWN_TIMEOUT")
                    .isGreaterThan(preStopSeconds + shutdownSeconds);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasAServiceOnItsNamedPort(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Deployment deployment : o.deployments()) {
            String name = deployment.getMetadata().getName();
            Service service = o.all(Service.class).stream().filter(s -> s.getMetadata().getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Service for " + name));
            assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).as(name + " pod labels")
                    .containsAllEntriesOf(service.getSpec().getSelector());
            assertThat(service.getSpec().getType()).as(name + " Service type").isIn(null, "ClusterIP");
            assertThat(service.getSpec().getPorts()).as(name + " Service ports")
                    .filteredOn(p -> "http".equals(p.getName())).singleElement().satisfies(p -> {
                        assertThat(p.getPort()).isEqualTo(ServiceModules.configuredPort(name));
                        assertThat(p.getTargetPort().getStrVal()).isEqualTo("http");
                    });
            assertThat(service.getSpec().getPorts()).as(name + " Service ports: http, and management for the gateway only")
                    .extracting(p -> p.getName())
                    .containsExactlyElementsOf(name.equals("gateway") ? List.of("http", "management") : List.of("http"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentHasAServiceMonitorScrapingActuatorPrometheusOnANamedPort(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (Deployment deployment : o.deployments()) {
            String name = deployment.getMetadata().getName();
            Service service = o.all(Service.class).stream().filter(s -> s.getMetadata().getName().equals(name))
                    .findFirst().orElseThrow();
            List<String> portNames = service.getSpec().getPorts().stream().map(p -> p.getName()).toList();
            boolean monitored = o.all(CustomResources.ServiceMonitor.class).stream().anyMatch(m ->
                    service.getMetadata().getLabels().entrySet()
                            .containsAll(m.spec().selector().getMatchLabels().entrySet())
                    && m.spec().endpoints().stream().anyMatch(e -> "/actuator/prometheus".equals(e.path())
                            && portNames.contains(e.port())));
            assertThat(monitored).as(overlay + ": a ServiceMonitor scrapes /actuator/prometheus of " + name).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsBehindTheIngressAndOnlyOverTls(String overlay) {
        List<Ingress> ingresses = Overlay.of(overlay).all(Ingress.class);
        assertThat(ingresses).as("Ingresses").isNotEmpty();
        for (Ingress ingress : ingresses) {
            assertThat(ingress.getSpec().getDefaultBackend()).as("default backend").isNull();
            List<String> hosts = ingress.getSpec().getRules().stream().map(r -> r.getHost()).toList();
            assertThat(ingress.getSpec().getTls()).as("TLS").isNotEmpty();
            assertThat(ingress.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream()))
                    .as("every host has TLS").containsAll(hosts);
            List<HTTPIngressPath> paths = ingress.getSpec().getRules().stream()
                    .flatMap(r -> r.getHttp().getPaths().stream()).toList();
            assertThat(paths).isNotEmpty().allSatisfy(p ->
                    assertThat(p.getBackend().getService().getName()).as("backend of " + p.getPath()).isEqualTo("gateway"));
        }
        assertThat(Overlay.of(overlay).all(Service.class)).as("no Service is exposed by itself")
                .allSatisfy(s -> assertThat(s.getSpec().getType()).isIn(null, "ClusterIP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesDenyByDefaultAndServicesAcceptOnlyTheGatewayWebAndPrometheusAndWebOnlyTheGatewayAndPrometheus(String overlay) {
        List<NetworkPolicy> policies = Overlay.of(overlay).all(NetworkPolicy.class);
        assertThat(policies).as("a default-deny NetworkPolicy").anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(p.getSpec().getIngress()).isEmpty();
            assertThat(p.getSpec().getEgress()).isEmpty();
        });
        for (String service : Stream.concat(ServiceModules.SERVICES.stream(), Stream.of(ServiceModules.WEB)).toList()) {
            boolean webAllowed = !service.equals(ServiceModules.WEB);
            Map<String, String> podLabels = Overlay.of(overlay).deployment(service).getSpec().getTemplate()
                    .getMetadata().getLabels();
            for (NetworkPolicy policy : policies) {
                Map<String, String> selector = Objects.requireNonNullElse(policy.getSpec().getPodSelector().getMatchLabels(), Map.of());
                if (!podLabels.entrySet().containsAll(selector.entrySet())) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    assertThat(rule.getFrom()).as(service + ": " + policy.getMetadata().getName() + " names its sources")
                            .isNotEmpty();
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        boolean gateway = peer.getNamespaceSelector() == null && peer.getIpBlock() == null
                                && peer.getPodSelector() != null
                                && Map.of("app.kubernetes.io/name", "gateway").equals(peer.getPodSelector().getMatchLabels());
                        boolean web = webAllowed && peer.getNamespaceSelector() == null && peer.getIpBlock() == null
                                && peer.getPodSelector() != null
                                && Map.of("app.kubernetes.io/name", ServiceModules.WEB).equals(peer.getPodSelector().getMatchLabels());
                        boolean prometheus = peer.getPodSelector() == null && peer.getNamespaceSelector() != null
                                && Map.of("kubernetes.io/metadata.name", "monitoring")
                                        .equals(peer.getNamespaceSelector().getMatchLabels());
                        if (!gateway && !web && !prometheus) {
                            fail(service + " accepts traffic from " + peer + " (policy " + policy.getMetadata().getName()
                                    + "); only the gateway, web (not web itself) and Prometheus may reach a service or web");
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void secretsAreReferencedButNeverCommitted(String overlay) {
        Overlay o = Overlay.of(overlay);
        assertThat(o.all(Secret.class)).as("Secret objects in the manifests").isEmpty();
        o.all(io.fabric8.kubernetes.api.model.ConfigMap.class).forEach(c -> assertThat(c.getData())
                .as("ConfigMap " + c.getMetadata().getName()).doesNotContainKeys(SECRET_VARIABLES.toArray(String[]::new)));
        for (Deployment deployment : o.deployments()) {
            String name = deployment.getMetadata().getName();
            Map<String, String> env = o.environment(Overlay.container(deployment));
            SECRET_VARIABLES.stream().filter(env::containsKey).forEach(v ->
                    assertThat(env.get(v)).as(name + " " + v + " comes from a Secret").startsWith("secret:"));
        }
        for (String service : ServiceModules.WITH_DATABASE) {
            assertThat(o.environment(Overlay.container(o.deployment(service))).get("MONGODB_URI"))
                    .as(service + " MONGODB_URI").isEqualTo("secret:" + service + "-mongodb/connectionString.standard");
        }
        Map<String, String> notification = o.environment(Overlay.container(o.deployment("notification-service")));
        assertThat(notification.get("NOTIFY_API_KEY")).as("NOTIFY_API_KEY").startsWith("secret:");
        assertThat(notification.get("INVITATION_LINK_SECRET")).as("notification INVITATION_LINK_SECRET")
                .isEqualTo(o.environment(Overlay.container(o.deployment("survey-service"))).get("INVITATION_LINK_SECRET"))
                .startsWith("secret:");
        assertThat(notification.get("CALENDAR_LINK_SECRET")).as("notification CALENDAR_LINK_SECRET")
                .isEqualTo("secret:calendar-link-secret/CALENDAR_LINK_SECRET");
        assertThat(notification.get("REGISTRATION_LINK_SECRET")).as("notification REGISTRATION_LINK_SECRET (the open events' links)")
                .isEqualTo(o.environment(Overlay.container(o.deployment("hub-service"))).get("REGISTRATION_LINK_SECRET"))
                .startsWith("secret:");
        assertThat(notification.get("REGISTRATION_LINK_SECRET")).as("the registration links' key is not another link's key")
                .isNotIn(notification.get("INVITATION_LINK_SECRET"), notification.get("CALENDAR_LINK_SECRET"));
        Deployment gateway = o.deployment("gateway");
        assertThat(o.environment(Overlay.container(gateway)).get("AUTH_KEY_STORE_PASSWORD"))
                .as("gateway AUTH_KEY_STORE_PASSWORD").startsWith("secret:");
        String keyStore = o.environment(Overlay.container(gateway)).get("AUTH_KEY_STORE");
        assertThat(keyStore).as("gateway AUTH_KEY_STORE").isNotBlank();
        boolean mountedFromSecret = Overlay.container(gateway).getVolumeMounts().stream()
                .filter(m -> keyStore.startsWith(m.getMountPath() + "/"))
                .anyMatch(m -> gateway.getSpec().getTemplate().getSpec().getVolumes().stream()
                        .anyMatch(v -> v.getName().equals(m.getName()) && v.getSecret() != null));
        assertThat(mountedFromSecret).as("the gateway's key store " + keyStore + " is mounted from a Secret").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewaysActuatorIsOnAManagementPortTheIngressDoesNotRouteTo(String overlay) {
        Overlay o = Overlay.of(overlay);
        Deployment gateway = o.deployment("gateway");
        Container c = Overlay.container(gateway);
        Map<String, String> environment = o.environment(c);
        assertThat(environment).containsEntry("MANAGEMENT_SERVER_PORT", "8090");
        assertThat(c.getPorts()).filteredOn(p -> "management".equals(p.getName())).singleElement()
                .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(8090));
        assertThat(List.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()))
                .allSatisfy(probe -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management"));
        assertThat(o.all(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)).allSatisfy(ingress ->
                assertThat(ingress.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getHttp().getPaths())
                        .allSatisfy(path -> assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayTrustsForwardedAddressesOnlyFromANarrowBlockOfProxies(String overlay) {
        Overlay o = Overlay.of(overlay);
        Map<String, String> env = o.environment(Overlay.container(o.deployment("gateway")));
        assertThat(env.get("SERVER_FORWARD_HEADERS_STRATEGY")).as("Spring Boot's forwarded headers (believe anyone)")
                .isIn(null, "none", "NONE");
        String trusted = env.get("TRUSTED_PROXIES");
        assertThat(trusted).as("gateway TRUSTED_PROXIES: the ingress controller's pods").isNotBlank();
        for (String block : trusted.split(",")) {
            assertThat(block.trim()).as("TRUSTED_PROXIES entry").matches("\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9a-fA-F:]+(/\\d{1,3})?");
            int prefix = block.contains("/") ? Integer.parseInt(block.trim().substring(block.trim().indexOf('/') + 1)) : 32;
            assertThat(prefix).as("TRUSTED_PROXIES " + block.trim() + ": no wider than /16 (never the whole network)")
                    .isGreaterThanOrEqualTo(16);
        }
    }
}
