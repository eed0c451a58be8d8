package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.cohortcoach.k8scheck.CustomResources.Kafka;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoDBCommunity;
import uk.nhs.cohortcoach.k8scheck.NetworkPolicies.Port;

/**
 * The paths every service needs are open under the default deny (ManifestRulesTest checks that nothing else may
 * reach a service): the gateway and web reach it, it reaches MongoDB, Kafka and the gateway's signing keys, and the
 * services do not call each other (they meet on Kafka).
 */
class NetworkReachTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theGatewayAndWebReachEveryServiceOnItsHttpPort(String overlay) {
        Overlay o = Overlay.of(overlay);
        NetworkPolicies policies = new NetworkPolicies(o.all(NetworkPolicy.class));
        for (String service : ServiceModules.SERVICES) {
            Port http = new Port("http", ServiceModules.configuredPort(service));
            assertThat(policies.allowed(pod(o, ServiceModules.GATEWAY), pod(o, service), http))
                    .as(overlay + ": the gateway reaches " + service).isTrue();
            assertThat(policies.allowed(pod(o, ServiceModules.WEB), pod(o, service), http))
                    .as(overlay + ": web reaches " + service).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyServiceReachesMongoDbKafkaAndTheGatewaysSigningKeys(String overlay) {
        Overlay o = Overlay.of(overlay);
        NetworkPolicies policies = new NetworkPolicies(o.all(NetworkPolicy.class));
        MongoDBCommunity mongo = o.all(MongoDBCommunity.class).get(0);
        Map<String, String> mongoPod = Map.of("app", mongo.metadata().getName() + "-svc");   // the operator's pod label
        Kafka kafka = o.all(Kafka.class).get(0);
        Map<String, String> kafkaPod = Map.of("strimzi.io/cluster", kafka.metadata().getName(), "strimzi.io/kind", "Kafka");
        int kafkaPort = kafka.spec().kafka().listeners().get(0).port();
        for (String service : ServiceModules.SERVICES) {
            Map<String, String> pod = pod(o, service);
            assertThat(policies.allowed(pod, mongoPod, new Port(null, 27017))).as(overlay + ": " + service + " reaches MongoDB").isTrue();
            assertThat(policies.egressAllowed(pod, kafkaPod, new Port(null, kafkaPort))).as(overlay + ": " + service + " reaches Kafka")
                    .isTrue();
            assertThat(kafka.spec().kafka().listeners().get(0).networkPolicyPeers())
                    .as(overlay + ": Kafka's listener (Strimzi writes its ingress policy) admits " + service)
                    .anySatisfy(peer -> assertThat(NetworkPolicies.selects(peer.getPodSelector(), pod)).isTrue());
            assertThat(policies.allowed(pod, pod(o, ServiceModules.GATEWAY),
                    new Port("http", ServiceModules.configuredPort(ServiceModules.GATEWAY))))
                    .as(overlay + ": " + service + " reaches the gateway's JWKS").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noServiceCallsAnotherDirectly(String overlay) {
        Overlay o = Overlay.of(overlay);
        NetworkPolicies policies = new NetworkPolicies(o.all(NetworkPolicy.class));
        for (String from : ServiceModules.SERVICES) {
            for (String to : ServiceModules.SERVICES) {
                assertThat(policies.allowed(pod(o, from), pod(o, to), new Port("http", ServiceModules.configuredPort(to))))
                        .as(overlay + ": " + from + " -> " + to).isFalse();
            }
        }
    }

    private static Map<String, String> pod(Overlay o, String module) {
        return o.deployment(module).getSpec().getTemplate().getMetadata().getLabels();
    }
}
