package uk.nhs.cohortcoach.surveyservice.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.survey.InvitationLinkReissued;
import uk.nhs.cohortcoach.platform.events.survey.ResponseSubmitted;

class InvitationTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-03-09T14:37:21.123Z");
    private static final Instant CLOSES = Instant.parse("2026-03-30T17:00:00Z");

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
                .map(RecordComponent::getName)).as("the only times an invitation keeps").containsExactly("issuedAt", "linkReissuedAt");
    }

    @Test
    void aSubmittedInvitationKeepsNoTimeButWhenItWasIssuedNotEvenWhenItsLinkWasSentAgain() {
        Invitation reissued = issued.reissueLink(generation -> "hash-" + generation, CLOSES, ISSUED.plusSeconds(600)).invitation();

        Invitation submitted = reissued.submit("key-1", Map.of(), Map.of(), UUID.randomUUID(), SUBMITTED).invitation();

        assertThat(submitted.linkReissuedAt()).isNull();
        assertThat(submitted.issuedAt()).isEqualTo(ISSUED);
        assertThat(submitted.linkGeneration()).isEqualTo(1);
    }

    @Test
    void sendingTheLinkAgainMovesToTheNextGenerationKeepsTheDraftAndSaysWhichGenerationButNotTheToken() {
        Instant now = ISSUED.plusSeconds(600);

        Invitation.Changed change = issued.reissueLink(generation -> "hash-" + generation, CLOSES, now);

        Invitation reissued = change.invitation();
        assertThat(reissued.tokenHash()).isEqualTo("hash-1");
        assertThat(reissued.linkGeneration()).isEqualTo(1);
        assertThat(reissued.linkReissuedAt()).isEqualTo(now);
        assertThat(reissued.draftAnswers()).isEqualTo(issued.draftAnswers());
        assertThat(reissued.draftComments()).isEqualTo(issued.draftComments());
        assertThat(reissued).usingRecursiveComparison().ignoringFields("tokenHash", "linkGeneration", "linkReissuedAt")
                .isEqualTo(issued);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(InvitationLinkReissued.class, event -> {
            assertThat(event.invitationId()).isEqualTo("inv-1");
            assertThat(event.waveId()).isEqualTo("wave-1");
            assertThat(event.personId()).isEqualTo("person-1");
            assertThat(event.linkGeneration()).isEqualTo(1);
            assertThat(event.closesAt()).isEqualTo(CLOSES);
            assertThat(event.occurredAt()).isEqualTo(now);
            assertThat(event.toString()).doesNotContain("hash-1", "UNDERWAY", "draft comment", "CHIEF_EXECUTIVE");
        });
        Invitation twice = reissued.reissueLink(generation -> "hash-" + generation, CLOSES, now.plusSeconds(60)).invitation();
        assertThat(twice.linkGeneration()).isEqualTo(2);
        assertThat(twice.tokenHash()).isEqualTo("hash-2");
    }

    @Test
    void theLinkIsNotSentAgainWithinAMinuteNorOnceSubmitted() {
        Invitation reissued = issued.reissueLink(generation -> "hash-" + generation, CLOSES, ISSUED.plusSeconds(600)).invitation();

        assertThatThrownBy(() -> reissued.reissueLink(generation -> "hash-" + generation, CLOSES, ISSUED.plusSeconds(659)))
                .isInstanceOf(LinkReissueRules.TooSoonException.class);
        Invitation submitted = issued.submit("key-1", Map.of(), Map.of(), UUID.randomUUID(), SUBMITTED).invitation();
        assertThatThrownBy(() -> submitted.reissueLink(generation -> "hash-" + generation, CLOSES, SUBMITTED.plusSeconds(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvitationStoredBeforeLinksCouldBeSentAgainIsOnItsFirstLink() {
        assertThat(issued.linkGeneration()).isZero();
        assertThat(new Invitation("inv-1", "wave-1", "person-1", "collab-1", null, "hash", InvitationStatus.ISSUED, null, null, null,
                false, ISSUED, null, null, 1L).linkGeneration()).isZero();
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
