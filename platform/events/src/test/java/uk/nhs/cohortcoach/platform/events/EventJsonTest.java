package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.platform.events.coaching.CoachingEvent;
import uk.nhs.cohortcoach.platform.events.coaching.SessionScheduled;
import uk.nhs.cohortcoach.platform.events.cohort.CohortEvent;
import uk.nhs.cohortcoach.platform.events.cohort.PersonErased;
import uk.nhs.cohortcoach.platform.events.hub.HubEvent;
import uk.nhs.cohortcoach.platform.events.notification.NotificationEvent;
import uk.nhs.cohortcoach.platform.events.survey.SurveyEvent;

class EventJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<EventCatalogue.Entry> catalogue() {
        return EventCatalogue.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void roundTripsEveryCatalogueEventThroughItsEnvelope(EventCatalogue.Entry entry) {
        DomainEvent event = SampleEvents.sample(entry.javaType());

        String json = EventJson.write(EventJson.envelope(event, "corr-1"));
        EventEnvelope read = EventJson.read(json);

        assertThat(read.eventId()).isEqualTo(event.eventId());
        assertThat(read.type()).isEqualTo(entry.javaType().getSimpleName());
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.occurredAt()).isEqualTo(event.occurredAt());
        assertThat(read.aggregateId()).isEqualTo(event.aggregateId()).isNotBlank();
        assertThat(read.correlationId()).isEqualTo("corr-1");
        assertThat(EventJson.payload(read)).contains(event);
    }

    @Test
    void writesInstantsAndDatesAsIsoText() {
        DomainEvent event = SampleEvents.sample(SessionScheduled.class);

        String json = EventJson.write(EventJson.envelope(event, null));

        assertThat(json).contains("\"startsAt\":\"2026-03-29T00:30:00Z\"").contains("\"occurredAt\":\"2026-03-29T00:30:00Z\"");
    }

    /** The erasure contract, pinned: consumers in every service rely on exactly this shape, and it carries no personal data. */
    @Test
    void pinsThePersonErasedContract() {
        PersonErased erased = new PersonErased(UUID.fromString("5f0c7d0e-0c1a-4c55-9d0a-2b7e0e5e1a01"),
                Instant.parse("2026-05-04T09:15:00Z"), "person-42");

        String json = EventJson.write(EventJson.envelope(erased, "corr-erase"));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree("""
                {"eventId":"5f0c7d0e-0c1a-4c55-9d0a-2b7e0e5e1a01","type":"PersonErased","version":1,
                 "occurredAt":"2026-05-04T09:15:00Z","aggregateId":"person-42","correlationId":"corr-erase",
                 "payload":{"eventId":"5f0c7d0e-0c1a-4c55-9d0a-2b7e0e5e1a01","occurredAt":"2026-05-04T09:15:00Z",
                            "personId":"person-42"}}"""));
        assertThat(EventCatalogue.forEvent(erased).topic()).isEqualTo(Topics.COHORT);
        assertThat(EventJson.payload(EventJson.read(json))).contains(erased);
    }

    @Test
    void ignoresFieldsItDoesNotKnowInEnvelopeAndPayload() {
        DomainEvent event = SampleEvents.sample(SessionScheduled.class);
        ObjectNode tree = (ObjectNode) JSON.readTree(EventJson.write(EventJson.envelope(event, "c")));
        tree.put("addedLater", "x");
        ((ObjectNode) tree.get("payload")).put("optionalNewField", 42);

        EventEnvelope read = EventJson.read(JSON.writeValueAsString(tree));

        assertThat(EventJson.payload(read)).contains(event);
    }

    @Test
    void readsAnEventTypeOrVersionItDoesNotKnowAsNothing() {
        DomainEvent event = SampleEvents.sample(SessionScheduled.class);
        ObjectNode tree = (ObjectNode) JSON.readTree(EventJson.write(EventJson.envelope(event, "c")));
        tree.put("type", "SessionTeleported");
        assertThat(EventJson.payload(EventJson.read(JSON.writeValueAsString(tree)))).isEmpty();

        tree.put("type", "SessionScheduled");
        tree.put("version", 2);
        assertThat(EventJson.payload(EventJson.read(JSON.writeValueAsString(tree)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all", "{}", "[1,2]", "{\"eventId\":\"not-a-uuid\"}", "null"})
    void refusesARecordThatIsNotAnEnvelope(String poison) {
        assertThatThrownBy(() -> EventJson.read(poison)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void refusesAPayloadThatDoesNotFitItsType() {
        DomainEvent event = SampleEvents.sample(SessionScheduled.class);
        ObjectNode tree = (ObjectNode) JSON.readTree(EventJson.write(EventJson.envelope(event, "c")));
        ((ObjectNode) tree.get("payload")).put("startsAt", "next tuesday");

        EventEnvelope read = EventJson.read(JSON.writeValueAsString(tree));

        assertThatThrownBy(() -> EventJson.payload(read)).isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void cataloguesEveryEventOfEachTopicUnderThatTopic() {
        assertTopic(CohortEvent.class, Topics.COHORT);
        assertTopic(CoachingEvent.class, Topics.COACHING);
        assertTopic(SurveyEvent.class, Topics.SURVEY);
        assertTopic(NotificationEvent.class, Topics.NOTIFICATION);
        assertTopic(HubEvent.class, Topics.HUB);
        assertThat(EventCatalogue.all()).hasSize(46);
    }

    @SuppressWarnings("unchecked")
    private static void assertTopic(Class<?> sealed, String topic) {
        List<Class<?>> permitted = Arrays.asList(sealed.getPermittedSubclasses());
        assertThat(permitted).isNotEmpty();
        for (Class<?> type : permitted) {
            DomainEvent sample = SampleEvents.sample((Class<? extends DomainEvent>) type);
            assertThat(EventCatalogue.forEvent(sample).topic()).as(type.getSimpleName()).isEqualTo(topic);
        }
    }
}
