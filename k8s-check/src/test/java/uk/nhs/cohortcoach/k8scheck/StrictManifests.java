package uk.nhs.cohortcoach.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Splits rendered YAML into documents and binds each to its model strictly: the fabric8 Kubernetes models for
 * built-in kinds and the records of {@link CustomResources} for operator kinds. An unknown or misspelt field,
 * a value of the wrong type (no string-to-number or number-to-string coercion) or an unknown kind fails.
 */
final class StrictManifests {

    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1beta2/Kafka", CustomResources.Kafka.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaNodePool", CustomResources.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1beta2/KafkaTopic", CustomResources.KafkaTopic.class),
            Map.entry("mongodbcommunity.mongodb.com/v1/MongoDBCommunity", CustomResources.MongoDBCommunity.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", CustomResources.ServiceMonitor.class));

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static final JsonMapper STRICT = JsonMapper.builder()
            // the fabric8 models collect unknown fields in an @JsonAnySetter map; ignoring it makes them fail instead
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
                    return Boolean.FALSE;
                }
            })
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> {
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
                c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            })
            .build();

    private StrictManifests() {
    }

    /** Every object of a multi-document YAML string, bound to its model; fails naming the first bad object. */
    static List<Object> parse(String yaml) {
        List<Object> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                objects.add(bind(document));
            }
        }
        return objects;
    }

    private static Object bind(JsonNode document) {
        String apiVersion = document.path("apiVersion").asString("");
        String kind = document.path("kind").asString("");
        String name = document.path("metadata").path("name").asString("");
        Class<?> model = MODELS.get(apiVersion + "/" + kind);
        if (model == null) {
            throw new IllegalArgumentException("no strict model for " + apiVersion + " " + kind + " '" + name
                    + "': add one to StrictManifests.MODELS (and CustomResources for an operator's kind)");
        }
        try {
            return STRICT.treeToValue(document, model);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(kind + " '" + name + "' does not match the " + apiVersion + " " + kind
                    + " schema: " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }
}
