package uk.nhs.cohortcoach.platform.test.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A change to one place of a sample body: leave it out, set it, or add an unknown field beside it. */
final class Mutation {

    static final Mutation REMOVE = new Mutation(Kind.REMOVE, null);

    private enum Kind { REMOVE, SET, ADD }

    private final Kind kind;
    private final Object value;

    private Mutation(Kind kind, Object value) {
        this.kind = kind;
        this.value = value;
    }

    static Mutation set(Object value) {
        return new Mutation(Kind.SET, value);
    }

    static Mutation add(Object value) {
        return new Mutation(Kind.ADD, value);
    }

    /**
     * Applies the mutation at {@code path} (property names and list indexes) of {@code root}; for an
     * added field, {@code added} is its name beside the path. Answers the JSON path changed, as a
     * problem's {@code errors[].field} would name it.
     */
    @SuppressWarnings("unchecked")
    static String apply(Object root, List<Object> path, String added, Mutation mutation) {
        List<Object> full = new ArrayList<>(path);
        if (mutation.kind == Kind.ADD) {
            full.add(added);
        }
        Object parent = root;
        for (int i = 0; i < full.size() - 1; i++) {
            Object step = full.get(i);
            parent = step instanceof Integer index ? ((List<Object>) parent).get(index) : ((Map<String, Object>) parent).get((String) step);
        }
        Object last = full.get(full.size() - 1);
        if (last instanceof Integer index) {
            List<Object> list = (List<Object>) parent;
            if (list.isEmpty()) {
                list.add(null);
            }
            if (mutation.kind == Kind.REMOVE) {
                list.remove((int) index);
            } else {
                list.set(index, mutation.value);
            }
        } else {
            Map<String, Object> object = (Map<String, Object>) parent;
            if (mutation.kind == Kind.REMOVE) {
                object.remove((String) last);
            } else {
                object.put((String) last, mutation.value);
            }
        }
        return pathText(full);
    }

    static String pathText(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(step);
            }
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, item) -> copy.put(key, deepCopy(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(deepCopy(item)));
            return copy;
        }
        return value;
    }
}
