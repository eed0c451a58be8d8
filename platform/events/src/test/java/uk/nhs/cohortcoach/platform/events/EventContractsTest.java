package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.contract.ContractExamples;

/**
 * Every catalogued event type and version is pinned by a JSON example (see {@link ContractExamples}):
 * what a producer writes is exactly that document, field for field and JSON type for JSON type, so a
 * field renamed, removed or added in a record fails here until its example is changed with it, and
 * every consumer's contract test then reads the changed example.
 */
class EventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<EventCatalogue.Entry> catalogue() {
        return EventCatalogue.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void everyCataloguedTypeAndVersionHasAPinnedExample(EventCatalogue.Entry entry) {
        assertThat(ContractExamples.exists(entry)).as(ContractExamples.path(entry)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void writesTheEventReadFromItsExampleBackAsExactlyThatExample(EventCatalogue.Entry entry) {
        JsonNode pinned = JSON.readTree(ContractExamples.record(entry.javaType()));
        EventEnvelope read = EventJson.read(pinned.toString());
        DomainEvent event = EventJson.payload(read).orElseThrow();

        JsonNode written = JSON.readTree(EventJson.write(EventJson.envelope(event, read.correlationId())));

        assertThat(event).isInstanceOf(entry.javaType());
        assertThat(written).isEqualTo(pinned);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void writesAnyInstanceWithExactlyThePinnedFieldNamesAndJsonTypes(EventCatalogue.Entry entry) {
        DomainEvent sample = SampleEvents.sample(entry.javaType());
        JsonNode written = JSON.readTree(EventJson.write(EventJson.envelope(sample, "corr-1")));
        JsonNode pinned = JSON.readTree(ContractExamples.record(entry.javaType()));

        assertThat(shape(written)).isEqualTo(shape(pinned));
        assertThat(shape(written.get("payload"))).isEqualTo(shape(pinned.get("payload")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void showsEveryPayloadFieldWithAValueSoItsJsonTypeIsPinned(EventCatalogue.Entry entry) {
        JsonNode payload = JSON.readTree(ContractExamples.record(entry.javaType())).get("payload");

        payload.properties().forEach(field -> {
            assertThat(field.getValue().isNull()).as("%s.%s is null", entry.type(), field.getKey()).isFalse();
            if (field.getValue().isArray()) {
                assertThat(field.getValue()).as("%s.%s is empty", entry.type(), field.getKey()).isNotEmpty();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void pinsTheTypeVersionAndAggregateOfTheCatalogueInTheExampleEnvelope(EventCatalogue.Entry entry) {
        EventEnvelope pinned = EventJson.read(ContractExamples.record(entry.javaType()));

        assertThat(pinned.type()).isEqualTo(entry.type());
        assertThat(pinned.version()).isEqualTo(entry.version());
        assertThat(pinned.aggregateId()).isEqualTo(EventJson.payload(pinned).orElseThrow().aggregateId());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void readsEachExampleWithFieldsItDoesNotKnowAsTheSameEvent(EventCatalogue.Entry entry) {
        DomainEvent plain = EventJson.payload(EventJson.read(ContractExamples.record(entry.javaType()))).orElseThrow();

        DomainEvent tolerant = EventJson.payload(EventJson.read(ContractExamples.recordWithUnknownFields(entry.javaType())))
                .orElseThrow();

        assertThat(tolerant).isEqualTo(plain);
    }

    @Test
    void keepsNoExampleForATypeOrVersionTheCatalogueDoesNotHave() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getClassLoader().getResource("contracts").toURI()).getParent();
        List<String> catalogued = catalogue().map(ContractExamples::path).toList();
        try (Stream<Path> files = Files.walk(root.resolve("contracts"))) {
            List<String> examples = files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .toList();

            assertThat(examples).containsExactlyInAnyOrderElementsOf(catalogued);
        }
    }

    /** Each field's name and JSON type (an array's with its elements' type), in no particular order. */
    private static Map<String, String> shape(JsonNode object) {
        Map<String, String> shape = new LinkedHashMap<>();
        object.properties().forEach(field -> shape.put(field.getKey(), typeOf(field.getValue())));
        return shape;
    }

    private static String typeOf(JsonNode node) {
        if (node.isArray()) {
            return "ARRAY of " + (node.isEmpty() ? "nothing" : typeOf(node.get(0)));
        }
        return node.getNodeType().name();
    }
}
