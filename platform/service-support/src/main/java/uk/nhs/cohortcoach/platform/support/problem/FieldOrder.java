package uk.nhs.cohortcoach.platform.support.problem;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts field errors in the order a person filling in the request meets the fields: the order they
 * are declared in the request record (a record's components, a class's fields from its superclass
 * down), nested and list fields by their path ({@code actions[0].title} before {@code actions[0].ownerId}
 * when {@code title} is declared first, and both before {@code actions[1].title}). The body as a whole
 * comes first; a name the type does not declare (an unknown field) comes after the declared ones at its
 * level, by name. Paths are JSON paths as the client sent them ({@link FieldPath}).
 */
final class FieldOrder {

    private final JsonMapper mapper;

    FieldOrder(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** Orders errors of a value of the given declared type (null when unknown: by path text then). */
    Comparator<FieldProblem> of(Type type) {
        JavaType root = type == null ? null : mapper.constructType(type);
        Map<String, List<Step>> keys = new HashMap<>(); // a path's key once per sort, not once per comparison
        Comparator<FieldProblem> byPosition = (a, b) -> compare(keys.computeIfAbsent(a.field(), field -> key(root, field)),
                keys.computeIfAbsent(b.field(), field -> key(root, field)));
        return byPosition.thenComparing(FieldProblem::field).thenComparing(FieldProblem::message);
    }

    /** One step of a path: its declared position (or index), then its name for those not declared. */
    private record Step(int position, String name) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            int byPosition = Integer.compare(position, other.position);
            return byPosition != 0 ? byPosition : name.compareTo(other.name);
        }
    }

    private static int compare(List<Step> a, List<Step> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int step = a.get(i).compareTo(b.get(i));
            if (step != 0) {
                return step;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private List<Step> key(JavaType root, String path) {
        List<Step> steps = new ArrayList<>();
        JavaType current = root;
        for (String segment : segments(path)) {
            if (segment.startsWith("[") && segment.length() > 2 && segment.chars().skip(1).limit(segment.length() - 2L).allMatch(Character::isDigit)) {
                steps.add(new Step(Integer.parseInt(segment.substring(1, segment.length() - 1)), ""));
                current = JsonPropertyNames.elementType(current);
            } else if (segment.startsWith("[")) {
                steps.add(new Step(0, segment)); // a map key: by key
                current = JsonPropertyNames.elementType(current);
            } else {
                Declared declared = declared(current, segment);
                steps.add(new Step(declared.position(), segment));
                current = declared.type();
            }
        }
        return steps;
    }

    private record Declared(int position, JavaType type) {
    }

    private Declared declared(JavaType owner, String jsonName) {
        if (owner == null || owner.isContainerType() || owner.isPrimitive() || owner.isJavaLangObject()) {
            return new Declared(Integer.MAX_VALUE, null);
        }
        try {
            DeserializationConfig config = mapper.deserializationConfig();
            ClassIntrospector introspector = config.classIntrospectorInstance().forOperation(config);
            BeanDescription description = introspector.introspectForDeserialization(owner,
                    introspector.introspectClassAnnotations(owner));
            List<String> javaNames = declaredNames(owner.getRawClass());
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (jsonName.equals(property.getName())) {
                    int position = javaNames.indexOf(property.getInternalName());
                    return new Declared(position < 0 ? Integer.MAX_VALUE - 1 : position, property.getPrimaryType());
                }
            }
        } catch (RuntimeException cannotIntrospect) {
            // by name, after the declared ones
        }
        return new Declared(Integer.MAX_VALUE, null);
    }

    /** The Java names of a type's properties in declaration order. */
    static List<String> declaredNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
            return names;
        }
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
        }
        return names;
    }

    /** {@code a.b[0]["x.y"].c} → {@code a}, {@code b}, {@code [0]}, {@code ["x.y"]}, {@code c}. */
    static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = i + 1;
                if (end < path.length() && path.charAt(end) == '"') {
                    end++;
                    while (end < path.length() && path.charAt(end) != '"') {
                        end += path.charAt(end) == '\\' ? 2 : 1;
                    }
                    end++;
                }
                end = path.indexOf(']', Math.min(end, path.length()));
                end = end < 0 ? path.length() : end + 1;
                segments.add(path.substring(i, end));
                i = end;
            } else {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                segments.add(path.substring(i, end));
                i = end;
            }
        }
        return segments;
    }
}
