package uk.nhs.cohortcoach.platform.test.messages;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a test needs to know of a request record without being told: the order a person meets its
 * fields in (declaration order, nested and list fields by their path), and a body that leaves every
 * field out but opens each nested record and list of records (a primitive gets {@code false} or 0, as
 * leaving it out would be a reading error that hides the rest of its record), so one request breaks
 * every required field at every level. Fields are named as declared (JSON names are the Java names in these APIs).
 */
public final class RequestRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RequestRecords() {
    }

    /**
     * Orders JSON paths of a body of this type ({@code title}, {@code actions[0].ownerId}) as the type
     * declares them: the body itself first, a parent before its fields, items by index, names the type
     * does not declare after the declared ones, by name.
     */
    public static Comparator<String> declarationOrder(Class<?> type) {
        return (a, b) -> compare(key(type, a), key(type, b));
    }

    /** The body described above, as JSON text: {@code {"log":{"equityPause":{},"actions":[{}]}}}. */
    public static String bodyOpeningEveryRecord(Class<?> type) {
        return JSON.writeValueAsString(opened(type, new ArrayList<>()));
    }

    private static ObjectNode opened(Class<?> type, List<Class<?>> within) {
        ObjectNode node = JSON.createObjectNode();
        within.add(type);
        for (String name : RequestBodies.declaredNames(type)) {
            Type declared = RequestBodies.declaredType(type, name);
            if (declared == boolean.class) {
                node.put(name, false); // a primitive left out is a reading error that would hide the rest of its record
                continue;
            }
            if (declared instanceof Class<?> primitive && primitive.isPrimitive()) {
                node.put(name, 0);
                continue;
            }
            Class<?> element = RequestBodies.elementClass(declared);
            if (element == null || !isRecord(element, type) || within.contains(element)) {
                continue;
            }
            Class<?> raw = rawClass(declared);
            if (raw != null && !raw.isArray() && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
                node.set(name, opened(element, within));
            } else if (raw != null && (raw.isArray() || Collection.class.isAssignableFrom(raw))) {
                ArrayNode items = JSON.createArrayNode();
                items.add(opened(element, within));
                node.set(name, items);
            }
        }
        within.remove(type);
        return node;
    }

    private static boolean isRecord(Class<?> candidate, Class<?> owner) {
        String[] parts = owner.getPackageName().split("\\.");
        String service = String.join(".", List.of(parts).subList(0, Math.min(4, parts.length)));
        return candidate.isRecord() && candidate.getPackageName().startsWith(service);
    }

    private record Step(int position, String name) {
    }

    private static int compare(List<Step> a, List<Step> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byPosition = Integer.compare(a.get(i).position(), b.get(i).position());
            if (byPosition != 0) {
                return byPosition;
            }
            int byName = a.get(i).name().compareTo(b.get(i).name());
            if (byName != 0) {
                return byName;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static List<Step> key(Class<?> root, String path) {
        List<Step> steps = new ArrayList<>();
        Type current = root;
        for (String part : path.replace("[", ".[").split("\\.")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.startsWith("[")) {
                String inside = part.substring(1, part.length() - 1);
                steps.add(!inside.isEmpty() && inside.chars().allMatch(Character::isDigit)
                        ? new Step(Integer.parseInt(inside), "") : new Step(0, inside));
                current = itemType(current);
            } else {
                Class<?> owner = rawClass(current);
                int position = owner == null ? -1 : RequestBodies.declaredNames(owner).indexOf(part);
                steps.add(new Step(position < 0 ? Integer.MAX_VALUE : position, part));
                current = position < 0 ? null : RequestBodies.declaredType(owner, part);
            }
        }
        return steps;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        return type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw ? raw : null;
    }

    /** The type of a list's, set's or array's items, or of a map's values. */
    private static Type itemType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isArray() ? plain.getComponentType() : null;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                return generic.getActualTypeArguments()[0];
            }
            if (Map.class.isAssignableFrom(raw)) {
                return generic.getActualTypeArguments()[1];
            }
        }
        return null;
    }
}
