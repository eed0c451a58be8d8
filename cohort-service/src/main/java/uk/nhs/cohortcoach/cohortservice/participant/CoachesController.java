package uk.nhs.cohortcoach.cohortservice.participant;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.cohortservice.access.VisibilityResolver;

/**
 * {@code GET /api/collaboratives/{id}/coaches}: who coaches the collaborative, by name, for whoever may see it
 * (managers, its coaches, its current participants; anyone else 404 as if it did not exist). A participant may not
 * read a coach's person record, so this is how "Our collaborative" names the coach.
 */
@RestController
class CoachesController {

    /** The collaborative's coaches. */
    record CoachesResponse(String collaborativeId, List<TeamCoach> coaches) {
    }

    private final Participants participants;
    private final VisibilityResolver visibility;

    CoachesController(Participants participants, VisibilityResolver visibility) {
        this.participants = participants;
        this.visibility = visibility;
    }

    @GetMapping("/api/collaboratives/{collaborativeId}/coaches")
    CoachesResponse coaches(@PathVariable String collaborativeId) {
        return new CoachesResponse(collaborativeId, participants.coaches(collaborativeId, visibility.current()));
    }
}
