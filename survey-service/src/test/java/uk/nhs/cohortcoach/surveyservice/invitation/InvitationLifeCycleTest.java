package uk.nhs.cohortcoach.surveyservice.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.survey.InvitationIssued;

/** Every move of an invitation from every state (issued, issued to someone who left, submitted), on the aggregate alone. */
class InvitationLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-07-15T08:00:00Z");

    private final Invitation issued = Invitation.issue("inv-1", "wave-1", CLOSES, "person-1", "collab-1", "CHAIR", "hash", NOW)
            .invitation();

    @Test
    void issuingRecordsInvitationIssuedWithoutTheToken() {
        Invitation.Changed change = Invitation.issue("inv-1", "wave-1", CLOSES, "person-1", "collab-1", "CHAIR", "hash", NOW);

        assertThat(change.invitation().status()).isEqualTo(InvitationStatus.ISSUED);
        assertThat(change.invitation().left()).isFalse();
        assertThat(change.invitation().issuedAt()).isEqualTo(NOW);
        assertThat(change.invitation().awaitingAnswer()).isTrue();
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(InvitationIssued.class, e -> {
            assertThat(e.invitationId()).isEqualTo("inv-1");
            assertThat(e.personId()).isEqualTo("person-1");
            assertThat(e.collaborativeId()).isEqualTo("collab-1");
            assertThat(e.closesAt()).isEqualTo(CLOSES);
            assertThat(e.toString()).doesNotContain("hash");
        });
    }

    @Test
    void anIssuedInvitationSavesDraftsIsLeftAndIsSubmittedButIsNotRejoined() {
        assertThat(issued.withDraft(Map.of("purpose-1", "UNDERWAY"), Map.of()).draftAnswers()).containsEntry("purpose-1", "UNDERWAY");
        Invitation left = issued.leave();
        assertThat(left.left()).isTrue();
        assertThat(left.awaitingAnswer()).as("not reminded").isFalse();
        assertThat(left.status()).isEqualTo(InvitationStatus.ISSUED);
        assertThat(submit(issued).status()).isEqualTo(InvitationStatus.SUBMITTED);
        assertThatThrownBy(() -> issued.rejoin("collab-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInvitationWhosePersonLeftComesBackCanStillBeAnsweredButIsNotLeftTwice() {
        Invitation left = issued.leave();

        Invitation back = left.rejoin("collab-2");
        assertThat(back.left()).isFalse();
        assertThat(back.collaborativeId()).as("the team they are in now").isEqualTo("collab-2");
        assertThat(back.awaitingAnswer()).isTrue();
        assertThat(left.withDraft(Map.of("purpose-1", "UNDERWAY"), Map.of()).left()).isTrue();
        assertThat(submit(left).status()).as("the link still works").isEqualTo(InvitationStatus.SUBMITTED);
        assertThatThrownBy(left::leave).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSubmittedInvitationRefusesEveryMove() {
        Invitation submitted = submit(issued);

        assertThat(submitted.awaitingAnswer()).isFalse();
        assertThatThrownBy(() -> submit(submitted)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted.withDraft(Map.of(), Map.of())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(submitted::leave).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted.rejoin("collab-2")).isInstanceOf(IllegalStateException.class);
    }

    private static Invitation submit(Invitation invitation) {
        return invitation.submit("key", Map.of("purpose-1", "UNDERWAY"), Map.of(), UUID.randomUUID(), NOW).invitation();
    }
}
