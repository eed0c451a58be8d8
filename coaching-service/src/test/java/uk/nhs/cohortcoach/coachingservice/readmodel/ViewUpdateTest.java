package uk.nhs.cohortcoach.coachingservice.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.cohort.CohortCreated;
import uk.nhs.cohortcoach.platform.events.cohort.CohortUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeEnrolled;
import uk.nhs.cohortcoach.platform.events.cohort.CollaborativeUpdated;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantJoined;
import uk.nhs.cohortcoach.platform.events.cohort.ParticipantLeft;
import uk.nhs.cohortcoach.platform.events.cohort.PersonRegistered;
import uk.nhs.cohortcoach.platform.events.cohort.PersonUpdated;

class ViewUpdateTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void cohortEventsSetTheWholeCohortView() {
        ViewUpdate created = ViewUpdate.of(new CohortCreated(UUID.randomUUID(), NOW, "c1", "Phase 2", 2, "d",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 30), "PLANNED")).orElseThrow();
        ViewUpdate updated = ViewUpdate.of(new CohortUpdated(UUID.randomUUID(), NOW, "c1", "Phase 2b", 2, "d",
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 10, 30), "ACTIVE")).orElseThrow();

        assertThat(created.view()).isEqualTo(CohortView.class);
        assertThat(created.id()).isEqualTo("c1");
        assertThat(set(created)).containsEntry("name", "Phase 2").containsEntry("status", "PLANNED")
                .containsEntry("startDate", LocalDate.of(2026, 1, 5)).containsEntry("endDate", LocalDate.of(2026, 9, 30));
        assertThat(set(updated)).containsEntry("name", "Phase 2b").containsEntry("status", "ACTIVE")
                .containsEntry("endDate", LocalDate.of(2026, 10, 30));
    }

    @Test
    void collaborativeEventsSetCohortNameCoachesAndPlannedHours() {
        ViewUpdate enrolled = ViewUpdate.of(new CollaborativeEnrolled(UUID.randomUUID(), NOW, "k1", "c1", "Acute Hospitals Alliance",
                "ACUTE", "ics", List.of("RHQ"), "elective waits", 20, List.of("coach-1"))).orElseThrow();
        ViewUpdate updated = ViewUpdate.of(new CollaborativeUpdated(UUID.randomUUID(), NOW, "k1", "c1", "Acute Hospitals Alliance",
                "ACUTE", "ics", List.of("RHQ"), "elective waits", 24, List.of("coach-1", "coach-2"))).orElseThrow();

        assertThat(enrolled.view()).isEqualTo(CollaborativeView.class);
        assertThat(set(enrolled)).containsEntry("cohortId", "c1").containsEntry("coachIds", List.of("coach-1"))
                .containsEntry("plannedCoachingHours", 20);
        assertThat(set(updated)).containsEntry("coachIds", List.of("coach-1", "coach-2")).containsEntry("plannedCoachingHours", 24);
    }

    @Test
    void personEventsSetDetailsAndRolesButLeaveTheTeamsAlone() {
        ViewUpdate registered = ViewUpdate.of(new PersonRegistered(UUID.randomUUID(), NOW, "p1", "Ada", "ada@nhs.net",
                "Director", "RHQ", List.of("PARTICIPANT", "COACH"))).orElseThrow();
        ViewUpdate updated = ViewUpdate.of(new PersonUpdated(UUID.randomUUID(), NOW, "p1", "Ada L", "ada.l@nhs.net",
                "Director", "RHQ", List.of("COACH"))).orElseThrow();

        assertThat(registered.view()).isEqualTo(PersonView.class);
        assertThat(set(registered)).containsEntry("name", "Ada").containsEntry("email", "ada@nhs.net")
                .containsEntry("roles", List.of("COACH", "PARTICIPANT")).doesNotContainKey(ViewUpdate.CURRENT_COLLABORATIVE_IDS);
        assertThat(updated.update().getUpdateObject().keySet()).containsExactly("$set");
        assertThat(set(updated)).containsEntry("email", "ada.l@nhs.net").doesNotContainKey(ViewUpdate.CURRENT_COLLABORATIVE_IDS);
    }

    @Test
    void joiningAddsTheCollaborativeOnceAndLeavingRemovesIt() {
        ViewUpdate joined = ViewUpdate.of(new ParticipantJoined(UUID.randomUUID(), NOW, "p1", "k1", "c1", "BOARD_MEMBER",
                LocalDate.of(2026, 2, 1))).orElseThrow();
        ViewUpdate left = ViewUpdate.of(new ParticipantLeft(UUID.randomUUID(), NOW, "p1", "k1", "c1",
                LocalDate.of(2026, 3, 1))).orElseThrow();

        assertThat(joined.view()).isEqualTo(PersonView.class);
        assertThat(joined.id()).isEqualTo("p1");
        assertThat(joined.update().getUpdateObject().get("$addToSet", Document.class))
                .containsEntry(ViewUpdate.CURRENT_COLLABORATIVE_IDS, "k1");
        assertThat(left.update().getUpdateObject().get("$pull", Document.class))
                .containsEntry(ViewUpdate.CURRENT_COLLABORATIVE_IDS, "k1");
    }

    private static Document set(ViewUpdate change) {
        return change.update().getUpdateObject().get("$set", Document.class);
    }
}
