package uk.nhs.cohortcoach.platform.support.problem;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Type;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a Bean Validation property path in the names the client used: a Java property that JSON
 * knows as {@code display_label} (by {@code @JsonProperty} or a naming strategy) is reported as
 * {@code display_label}. Where Jackson cannot say (an untyped value, an unknown property), the Java
 * name is kept.
 */
final class JsonPropertyNames {

    private final JsonMapper mapper;

    JsonPropertyNames(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param base where the validated value sits in the request (the root for a body, the parameter name otherwise)
     * @param validatedType the declared type of the validated value, or null when unknown
     * @param nodes the violation's property path; method and parameter nodes are skipped
     */
    FieldPath render(FieldPath base, Type validatedType, Iterable<Path.Node> nodes) {
        JavaType current = validatedType == null ? null : mapper.constructType(validatedType);
        FieldPath path = base;
        for (Path.Node node : nodes) {
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.BEAN && kind != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    path = path.index(node.getIndex());
                } else if (node.getKey() != null) {
                    path = path.property(String.valueOf(node.getKey()));
                }
                current = elementType(current);
            }
            if (kind == ElementKind.PROPERTY) {
                BeanPropertyDefinition property = property(current, node.getName());
                path = path.property(property == null ? node.getName() : property.getName());
                current = property == null ? null : property.getPrimaryType();
            }
        }
        return path;
    }

    /** What a list, array, map or optional holds (the type its path goes on into), or null. */
    static JavaType elementType(JavaType container) {
        if (container == null) {
            return null;
        }
        if (container.isContainerType()) {
            return container.getContentType();
        }
        return container.isReferenceType() ? container.getReferencedType() : null;
    }

    private BeanPropertyDefinition property(JavaType owner, String javaName) {
        if (owner == null || javaName == null || owner.isContainerType() || owner.isPrimitive() || owner.isJavaLangObject()) {
            return null;
        }
        try {
            DeserializationConfig config = mapper.deserializationConfig();
            ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
            BeanDescription description = introspector.introspectForDeserialization(owner,
                    introspector.introspectClassAnnotations(owner));
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (javaName.equals(property.getInternalName())) {
                    return property;
                }
            }
        } catch (RuntimeException cannotIntrospect) {
            // keep the Java name
        }
        return null;
    }
}
