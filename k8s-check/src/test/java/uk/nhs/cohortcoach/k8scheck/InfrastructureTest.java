package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.cohortcoach.k8scheck.CustomResources.Kafka;
import uk.nhs.cohortcoach.k8scheck.CustomResources.KafkaNodePool;
import uk.nhs.cohortcoach.k8scheck.CustomResources.KafkaTopic;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoDBCommunity;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoRole;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoUser;

/** Kafka (Strimzi) and MongoDB (Community Operator) as DESIGN.md needs them, in every overlay. */
class InfrastructureTest {

    private static final List<String> TOPICS = List.of("cohort.events.v1", "coaching.events.v1", "survey.events.v1",
            "notification.events.v1", "hub.events.v1", "cohort.events.v1.DLT", "coaching.events.v1.DLT",
            "survey.events.v1.DLT", "notification.events.v1.DLT", "hub.events.v1.DLT");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaIsAKraftClusterOfThreeNodesThatAreBothControllerAndBroker(String overlay) {
        Overlay o = Overlay.of(overlay);
        Kafka kafka = o.all(Kafka.class).stream().reduce((a, b) -> {
            throw new AssertionError("more than one Kafka");
        }).orElseThrow(() -> new AssertionError("no Kafka"));
        assertThat(kafka.metadata().getAnnotations()).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(kafka.spec().kafka().version()).as("Kafka version is pinned").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(kafka.spec().kafka().config()).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3);
        assertThat(o.all(KafkaNodePool.class)).singleElement().satisfies(pool -> {
            assertThat(pool.metadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.metadata().getName());
            assertThat(pool.spec().replicas()).isEqualTo(3);
            assertThat(pool.spec().roles()).containsExactlyInAnyOrder("controller", "broker");
        });
        String bootstrap = kafka.metadata().getName() + "-kafka-bootstrap:" + kafka.spec().kafka().listeners().get(0).port();
        assertThat(o.configMap("platform-config").getData()).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void topicsAreExactlyTheDesignsEventTopicsAndTheirDeadLetterTopicsReplicatedThreeTimes(String overlay) {
        Overlay o = Overlay.of(overlay);
        String cluster = o.all(Kafka.class).get(0).metadata().getName();
        List<KafkaTopic> topics = o.all(KafkaTopic.class);
        assertThat(topics).map(t -> t.spec().topicName()).containsExactlyInAnyOrderElementsOf(TOPICS);
        assertThat(topics).allSatisfy(t -> {
            String name = t.spec().topicName();
            assertThat(t.metadata().getName()).as(name + " resource name")
                    .isEqualTo(name.toLowerCase().replace('.', '-'));
            assertThat(t.metadata().getLabels()).as(name).containsEntry("strimzi.io/cluster", cluster);
            assertThat(t.spec().replicas()).as(name + " replicas").isEqualTo(3);
            assertThat(t.spec().partitions()).as(name + " partitions").isPositive();
            assertThat(t.spec().config()).as(name + " config").containsEntry("min.insync.replicas", 2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void mongoIsAThreeMemberReplicaSetWithOneUserPerServiceOnItsOwnDatabase(String overlay) {
        Overlay o = Overlay.of(overlay);
        MongoDBCommunity mongo = o.all(MongoDBCommunity.class).stream().reduce((a, b) -> {
            throw new AssertionError("more than one MongoDBCommunity");
        }).orElseThrow(() -> new AssertionError("no MongoDBCommunity"));
        assertThat(mongo.spec().members()).isEqualTo(3);
        assertThat(mongo.spec().type()).isEqualTo("ReplicaSet");
        assertThat(mongo.spec().version()).as("MongoDB version is pinned").matches("\\d+\\.\\d+\\.\\d+");
        assertThat(mongo.spec().users()).map(MongoUser::name).containsExactlyInAnyOrderElementsOf(ServiceModules.WITH_DATABASE);
        for (MongoUser user : mongo.spec().users()) {
            String database = ServiceModules.configuredDatabase(user.name());
            assertThat(user.roles()).as(user.name() + " roles").containsExactly(new MongoRole("readWrite", database));
            assertThat(user.passwordSecretRef()).as(user.name() + " passwordSecretRef").isNotNull();
            assertThat(user.passwordSecretRef().name()).as(user.name() + " passwordSecretRef").isNotBlank();
            assertThat(user.scramCredentialsSecretName()).as(user.name() + " scramCredentialsSecretName").isNotBlank();
            assertThat(user.connectionStringSecretName()).as(user.name() + " connection string Secret")
                    .isEqualTo(user.name() + "-mongodb");
            Map<String, String> env = o.environment(Overlay.container(o.deployment(user.name())));
            assertThat(env.getOrDefault("MONGODB_DATABASE", database)).as(user.name() + " MONGODB_DATABASE").isEqualTo(database);
        }
    }
}
