package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dev runs one of everything; prod runs at least two, autoscaled, spread and protected from disruptions. */
class OverlayScaleTest {

    @Test
    void devRunsOneReplicaOfEachDeployment() {
        assertThat(Overlay.of("dev").deployments()).allSatisfy(d ->
                assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName() + " replicas").isEqualTo(1));
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEachDeployment() {
        assertThat(Overlay.of("prod").deployments()).allSatisfy(d ->
                assertThat(d.getSpec().getReplicas()).as(d.getMetadata().getName() + " replicas").isGreaterThanOrEqualTo(2));
    }

    @Test
    void prodHasAPodDisruptionBudgetForEachDeployment() {
        Overlay prod = Overlay.of("prod");
        for (Deployment d : prod.deployments()) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(prod.all(PodDisruptionBudget.class)).as("PodDisruptionBudget of " + d.getMetadata().getName())
                    .anySatisfy(pdb -> {
                        assertThat(labels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
                        assertThat(pdb.getSpec().getMinAvailable() != null || pdb.getSpec().getMaxUnavailable() != null).isTrue();
                    });
        }
    }

    @Test
    void prodHasAnAutoscalerForEachDeploymentThatNeverGoesBelowTwo() {
        Overlay prod = Overlay.of("prod");
        for (Deployment d : prod.deployments()) {
            String name = d.getMetadata().getName();
            HorizontalPodAutoscaler hpa = prod.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && h.getSpec().getScaleTargetRef().getName().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for " + name));
            assertThat(hpa.getSpec().getMinReplicas()).as(name + " minReplicas").isGreaterThanOrEqualTo(2);
            assertThat(hpa.getSpec().getMaxReplicas()).as(name + " maxReplicas").isGreaterThanOrEqualTo(hpa.getSpec().getMinReplicas());
            assertThat(hpa.getSpec().getMetrics()).as(name + " metrics").isNotEmpty();
        }
    }

    @Test
    void prodSpreadsEachDeploymentsPodsOverNodes() {
        for (Deployment d : Overlay.of("prod").deployments()) {
            var pod = d.getSpec().getTemplate().getSpec();
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(pod.getTopologySpreadConstraints()).as(d.getMetadata().getName() + " topology spread")
                    .anySatisfy(t -> {
                        assertThat(t.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                        assertThat(labels).containsAllEntriesOf(t.getLabelSelector().getMatchLabels());
                    });
            assertThat(pod.getAffinity()).as(d.getMetadata().getName() + " affinity").isNotNull();
            assertThat(pod.getAffinity().getPodAntiAffinity()).as(d.getMetadata().getName() + " pod anti-affinity").isNotNull();
        }
    }

    @Test
    void prodSharesTheNotifyRateLimitAmongTheMostReplicasTheAutoscalerAllows() {
        Overlay prod = Overlay.of("prod");
        int maxReplicas = prod.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("notification-service"))
                .findFirst().orElseThrow().getSpec().getMaxReplicas();
        int perReplica = Integer.parseInt(prod.configMap("notification-service-config").getData()
                .get("NOTIFY_RATE_LIMIT_PER_SECOND"));
        assertThat(perReplica * maxReplicas).as("requests a second to Notify with every replica running").isLessThanOrEqualTo(45);
    }
}
