package uk.nhs.cohortcoach.k8scheck;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;

/**
 * Strict models of the operator resources we use, with only the fields we use, named as the operators document
 * them (Strimzi kafka.strimzi.io/v1beta2, MongoDB Community Operator mongodbcommunity.mongodb.com/v1, Prometheus
 * Operator monitoring.coreos.com/v1). A field not listed here fails the parse: add it deliberately, after
 * checking the operator's reference.
 */
final class CustomResources {

    private CustomResources() {
    }

    // Strimzi: Kafka (KRaft, node pools)
    record Kafka(String apiVersion, String kind, ObjectMeta metadata, KafkaSpec spec) {
    }

    record KafkaSpec(KafkaClusterSpec kafka, EntityOperatorSpec entityOperator) {
    }

    record KafkaClusterSpec(String version, String metadataVersion, List<Listener> listeners, Map<String, Object> config) {
    }

    record Listener(String name, int port, String type, boolean tls, List<NetworkPolicyPeer> networkPolicyPeers) {
    }

    record EntityOperatorSpec(OperatorSpec topicOperator, OperatorSpec userOperator) {
    }

    record OperatorSpec(ResourceRequirements resources) {
    }

    // Strimzi: KafkaNodePool
    record KafkaNodePool(String apiVersion, String kind, ObjectMeta metadata, KafkaNodePoolSpec spec) {
    }

    record KafkaNodePoolSpec(int replicas, List<String> roles, Storage storage, ResourceRequirements resources) {
    }

    record Storage(String type, List<Volume> volumes) {
    }

    record Volume(int id, String type, String size, Boolean deleteClaim, String kraftMetadata) {
    }

    // Strimzi: KafkaTopic
    record KafkaTopic(String apiVersion, String kind, ObjectMeta metadata, KafkaTopicSpec spec) {
    }

    record KafkaTopicSpec(String topicName, int partitions, int replicas, Map<String, Object> config) {
    }

    // MongoDB Community Operator
    record MongoDBCommunity(String apiVersion, String kind, ObjectMeta metadata, MongoSpec spec) {
    }

    record MongoSpec(int members, String type, String version, MongoSecurity security, List<MongoUser> users,
                     StatefulSetOverride statefulSet) {
    }

    record MongoSecurity(MongoAuthentication authentication) {
    }

    record MongoAuthentication(List<String> modes) {
    }

    record MongoUser(String name, String db, SecretKeyReference passwordSecretRef, List<MongoRole> roles,
                     String scramCredentialsSecretName, String connectionStringSecretName) {
    }

    record SecretKeyReference(String name, String key) {
    }

    record MongoRole(String name, String db) {
    }

    record StatefulSetOverride(StatefulSetOverrideSpec spec) {
    }

    record StatefulSetOverrideSpec(PodTemplateSpec template, List<PersistentVolumeClaim> volumeClaimTemplates) {
    }

    // Prometheus Operator
    record ServiceMonitor(String apiVersion, String kind, ObjectMeta metadata, ServiceMonitorSpec spec) {
    }

    record ServiceMonitorSpec(LabelSelector selector, List<Endpoint> endpoints) {
    }

    record Endpoint(String port, String path, String interval, String scrapeTimeout) {
    }
}
