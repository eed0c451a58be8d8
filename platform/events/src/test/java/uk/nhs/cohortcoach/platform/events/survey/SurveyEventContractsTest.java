package uk.nhs.cohortcoach.platform.events.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventJson;

/**
 * Each survey event is pinned by a JSON example in {@code contracts/survey/<Type>.v1.json}: what is written
 * is exactly that document, and that document reads back as the event. A field added to or removed from
 * an event fails here until its example is changed with it, so no field can slip onto the topic unseen.
 */
class SurveyEventContractsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-03-09T14:00:00Z");

    static Stream<DomainEvent> examples() {
        return Stream.of(
                new WaveOpened(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a01"), AT, "wave-1", "cohort-1", "baseline",
                        "improving-equitably", 1, Instant.parse("2026-03-09T09:00:00Z"), Instant.parse("2026-03-30T17:00:00Z")),
                new InvitationIssued(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a02"), AT, "wave-1", "invitation-1",
                        "person-1", "collaborative-1", Instant.parse("2026-03-30T17:00:00Z")),
                new ReminderRequested(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a03"), AT, "wave-1",
                        List.of("invitation-1", "invitation-2"), "MANUAL", Instant.parse("2026-03-30T17:00:00Z")),
                new ResponseSubmitted(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a04"), AT, "wave-1", "invitation-1",
                        "collaborative-1"),
                new WaveClosed(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a05"), AT, "wave-1", "cohort-1", "manager"),
                new WaveScheduled(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a06"), Instant.parse("2026-03-02T10:00:00Z"),
                        "wave-1", "cohort-1", "baseline", "improving-equitably", 1, Instant.parse("2026-03-09T09:00:00Z"),
                        Instant.parse("2026-03-30T17:00:00Z")),
                new WaveCancelled(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a07"), Instant.parse("2026-03-04T10:00:00Z"),
                        "wave-1", "cohort-1", WaveCancelled.BY_MANAGER),
                new InvitationLinkReissued(UUID.fromString("0b6a4c39-1c1e-4c55-8d0a-1f3f6f9b2a08"), AT, "wave-1", "invitation-1",
                        "person-1", 1, Instant.parse("2026-03-30T17:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void writesEachSurveyEventExactlyAsItsPinnedExample(DomainEvent event) {
        JsonNode written = JSON.readTree(EventJson.write(EventJson.envelope(event, "corr-1")));

        assertThat(written).isEqualTo(pinned(event.getClass().getSimpleName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void readsEachPinnedExampleBackAsTheEvent(DomainEvent event) {
        String json = JSON.writeValueAsString(pinned(event.getClass().getSimpleName()));

        assertThat(EventJson.payload(EventJson.read(json))).contains(event);
    }

    @Test
    void everySurveyEventHasAPinnedExample() {
        Set<String> pinned = new HashSet<>();
        examples().forEach(e -> pinned.add(e.getClass().getSimpleName()));
        assertThat(pinned).containsExactlyInAnyOrderElementsOf(Stream.of(SurveyEvent.class.getPermittedSubclasses())
                .map(Class::getSimpleName).toList());
    }

    @Test
    void responseSubmittedSaysWhichInvitationWasUsedAndNothingOfTheResponse() {
        JsonNode payload = pinned("ResponseSubmitted").get("payload");

        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("eventId", "occurredAt", "waveId", "invitationId",
                "collaborativeId");
    }

    @Test
    void noSurveyEventCarriesAnswersARoleAResponseIdOrASubmissionTime() {
        Set<String> forbidden = Set.of("responseId", "responseKey", "answers", "comments", "roleCategory", "leadershipRole",
                "submittedAt", "draftAnswers", "token");
        examples().forEach(event -> assertThat(pinned(event.getClass().getSimpleName()).get("payload").propertyNames())
                .as(event.getClass().getSimpleName()).doesNotContainAnyElementsOf(forbidden));
    }

    @Test
    void aReissuedLinkSaysWhoseInvitationAndWhichGenerationButNeverTheToken() {
        assertThat(pinned("InvitationLinkReissued").get("payload").propertyNames()).containsExactlyInAnyOrder("eventId",
                "occurredAt", "waveId", "invitationId", "personId", "linkGeneration", "closesAt");
    }

    @Test
    void aScheduledWaveStatesTheSameFactsAsAnOpenedOneAndACancelledOneNamesNobody() {
        assertThat(pinned("WaveScheduled").get("payload").propertyNames())
                .containsExactlyInAnyOrderElementsOf(pinned("WaveOpened").get("payload").propertyNames());
        assertThat(pinned("WaveCancelled").get("payload").propertyNames()).containsExactlyInAnyOrder("eventId", "occurredAt",
                "waveId", "cohortId", "reason");
    }

    private static JsonNode pinned(String type) {
        try (InputStream in = SurveyEventContractsTest.class.getResourceAsStream("/contracts/survey/" + type + ".v1.json")) {
            assertThat(in).as("contracts/survey/%s.v1.json", type).isNotNull();
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
