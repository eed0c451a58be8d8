package uk.nhs.cohortcoach.platform.events.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventCatalogue;

/**
 * The pinned JSON example of each event type, as it goes on its topic: the whole envelope, in
 * {@code contracts/<topic area>/<Type>.v<version>.json} of this module's test resources. Published in
 * the module's {@code tests} jar, so consumers read the same examples the producer side is held to.
 */
public final class ContractExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContractExamples() {
    }

    /** The example's resource path, e.g. {@code contracts/cohort/PersonErased.v1.json}. */
    public static String path(EventCatalogue.Entry entry) {
        String area = entry.topic().substring(0, entry.topic().indexOf('.'));
        return "contracts/" + area + "/" + entry.type() + ".v" + entry.version() + ".json";
    }

    /** Whether the catalogued type has an example. */
    public static boolean exists(EventCatalogue.Entry entry) {
        return ContractExamples.class.getClassLoader().getResource(path(entry)) != null;
    }

    /** The example of a catalogued event type, as the text of a Kafka record's value. */
    public static String record(Class<? extends DomainEvent> type) {
        return read(path(entry(type)));
    }

    /**
     * The example with a field this build does not know added to the envelope and to the payload, as a
     * producer may add optional fields within a version.
     */
    public static String recordWithUnknownFields(Class<? extends DomainEvent> type) {
        ObjectNode envelope = (ObjectNode) JSON.readTree(record(type));
        envelope.put("addedLater", "an envelope field this build does not know");
        ((ObjectNode) envelope.get("payload")).put("optionalNewField", "a payload field this build does not know");
        return JSON.writeValueAsString(envelope);
    }

    static EventCatalogue.Entry entry(Class<? extends DomainEvent> type) {
        return EventCatalogue.all().stream().filter(e -> e.javaType() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the event catalogue: " + type.getName()));
    }

    static String read(String path) {
        try (InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no contract example at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
