package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

class StrictManifestsTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: demo
            spec:
              %s
              selector:
                matchLabels:
                  app: demo
              template:
                metadata:
                  labels:
                    app: demo
                spec:
                  containers:
                    - name: demo
                      image: example/demo:1.0.0
            """;

    @Test
    void aWellFormedDeploymentParses() {
        assertThat(StrictManifests.parse(DEPLOYMENT.formatted("replicas: 2")))
                .singleElement().isInstanceOfSatisfying(Deployment.class,
                        d -> assertThat(d.getSpec().getReplicas()).isEqualTo(2));
    }

    @Test
    void aMisspeltFieldFails() {
        assertThatThrownBy(() -> StrictManifests.parse(DEPLOYMENT.formatted("replica: 2")))
                .hasMessageContaining("Deployment 'demo'")
                .hasMessageContaining("replica");
    }

    @Test
    void aValueOfTheWrongTypeFails() {
        assertThatThrownBy(() -> StrictManifests.parse(DEPLOYMENT.formatted("replicas: \"two\"")))
                .hasMessageContaining("Deployment 'demo'")
                .hasMessageContaining("replicas");
    }

    @Test
    void aNumberWrittenAsAStringFailsToo() {
        assertThatThrownBy(() -> StrictManifests.parse(DEPLOYMENT.formatted("replicas: \"2\"")))
                .hasMessageContaining("replicas");
    }

    @Test
    void anUnknownFieldDeepInsideAContainerFails() {
        String yaml = DEPLOYMENT.formatted("replicas: 1").replace("image: example/demo:1.0.0",
                "image: example/demo:1.0.0\n          readinesProbe: {}");
        assertThatThrownBy(() -> StrictManifests.parse(yaml)).hasMessageContaining("readinesProbe");
    }

    @Test
    void anUnknownFieldOfAnOperatorResourceFails() {
        String topic = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata:
                  name: cohort-events-v1
                spec:
                  topicName: cohort.events.v1
                  partitions: 6
                  replicas: 3
                  replication: 3
                """;
        assertThatThrownBy(() -> StrictManifests.parse(topic))
                .hasMessageContaining("KafkaTopic 'cohort-events-v1'")
                .hasMessageContaining("replication");
    }

    @Test
    void aKindWithoutAModelFails() {
        String job = """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: nightly
                """;
        assertThatThrownBy(() -> StrictManifests.parse(job)).hasMessageContaining("no strict model for batch/v1 CronJob");
    }

    @Test
    void severalDocumentsAreSplitAndEmptyOnesSkipped() {
        String yaml = "---\n" + DEPLOYMENT.formatted("replicas: 1") + "---\n" + """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: settings
                data:
                  SERVER_PORT: "8081"
                ---
                """;
        assertThat(StrictManifests.parse(yaml)).hasSize(2);
    }
}
