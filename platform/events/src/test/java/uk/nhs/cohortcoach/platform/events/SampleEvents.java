package uk.nhs.cohortcoach.platform.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds a fully populated instance of any event record, so tests cover the whole catalogue. */
final class SampleEvents {

    private SampleEvents() {
    }

    static DomainEvent sample(Class<? extends DomainEvent> type) {
        return (DomainEvent) record(type);
    }

    /** A record with every component set; a list of records (e.g. a series' occurrences) holds two samples. */
    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = valueFor(components[i]);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object valueFor(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == Instant.class) {
            return Instant.parse("2026-03-29T00:30:00Z");
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 10, 25);
        } else if (type == int.class) {
            return 7;
        } else if (type == boolean.class) {
            return true;
        } else if (type == List.class && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return List.of(record(element), record(element));
        } else if (type == List.class) {
            return List.of(component.getName() + "-1", component.getName() + "-2");
        } else if (type == String.class) {
            return component.getName() + "-value";
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
