package uk.nhs.cohortcoach.surveyservice.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;

class InvitationTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-03-09T14:37:21.123Z");

    private final Invitation issued = new Invitation("inv-1", "wave-1", "person-1", "collab-1", "CHIEF_EXECUTIVE", "hash",
            InvitationStatus.ISSUED, Map.of("sp-1", "UNDERWAY"), Map.of("SHARED_PURPOSE_AND_VISION", "draft comment"), null,
            false, ISSUED, 3L);

    @Test
    void submittingDeletesTheDraftParksTheAnswersUnderTheGivenKeyAndKeepsNoTime() {
        Invitation.Changed change = issued.submit("key-1", Map.of("sp-1", "FULLY_EMBEDDED"), Map.of("SHARED_PURPOSE_AND_VISION", "final"),
                UUID.randomUUID(), SUBMITTED);

        Invitation submitted = change.invitation();
        assertThat(submitted.status()).isEqualTo(InvitationStatus.SUBMITTED);
        assertThat(submitted.draftAnswers()).isEmpty();
        assertThat(submitted.draftComments()).isEmpty();
        assertThat(submitted.pendingCount()).isEqualTo(new Invitation.PendingCount("key-1", Map.of("sp-1", "FULLY_EMBEDDED"),
                Map.of("SHARED_PURPOSE_AND_VISION", "final")));
        assertThat(submitted.issuedAt()).isEqualTo(ISSUED);
        assertThat(submitted.version()).as("the version it was read at, for the optimistic write").isEqualTo(3L);
        assertThat(Arrays.stream(Invitation.class.getRecordComponents()).filter(c -> c.getType() == Instant.class)
                .map(RecordComponent::getName)).as("the only time an invitation keeps").containsExactly("issuedAt");
    }

    @Test
    void submittingRecordsResponseSubmittedNamingOnlyTheInvitationWaveAndCollaborative() {
        UUID eventId = UUID.randomUUID();

        Invitation.Changed change = issued.submit("key-1", Map.of("sp-1", "UNDERWAY"), Map.of(), eventId, SUBMITTED);

        assertThat(change.events()).containsExactly(new ResponseSubmitted(eventId, SUBMITTED, "wave-1", "inv-1", "collab-1"));
        assertThat(change.events().get(0).toString()).doesNotContain("key-1", "UNDERWAY", "CHIEF_EXECUTIVE", "person-1");
    }

    @Test
    void aSubmittedInvitationCannotSubmitAgain() {
        Invitation submitted = issued.submit("key-1", Map.of(), Map.of(), UUID.randomUUID(), SUBMITTED).invitation();

        assertThatThrownBy(() -> submitted.submit("key-2", Map.of(), Map.of(), UUID.randomUUID(), SUBMITTED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void savingADraftReplacesTheDraftAndNothingElse() {
        Invitation saved = issued.withDraft(Map.of("sp-2", "JUST_STARTED"), Map.of());

        assertThat(saved.draftAnswers()).containsExactlyEntriesOf(Map.of("sp-2", "JUST_STARTED"));
        assertThat(saved.draftComments()).isEmpty();
        assertThat(saved).usingRecursiveComparison().ignoringFields("draftAnswers", "draftComments").isEqualTo(issued);
    }
}
