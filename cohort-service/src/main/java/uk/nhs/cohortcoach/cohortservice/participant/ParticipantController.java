package uk.nhs.cohortcoach.cohortservice.participant;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.cohortservice.access.VisibilityResolver;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/collaboratives/{id}/participants}: programme managers add people to a collaborative's
 * team and take them off it; managers, the collaborative's coaches and its current participants read the team
 * (the participants without each other's emails).
 */
@RestController
@RequestMapping("/api/collaboratives/{collaborativeId}/participants")
class ParticipantController {

    private final Participants participants;
    private final VisibilityResolver visibility;

    ParticipantController(Participants participants, VisibilityResolver visibility) {
        this.participants = participants;
        this.visibility = visibility;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<TeamMember> join(@PathVariable String collaborativeId, @Valid @RequestBody JoinRequest request) {
        Person person = participants.join(collaborativeId, request.personId().trim(), request.leadershipRole(),
                request.joinedOn());
        return ResponseEntity.created(URI.create("/api/people/" + person.id()))
                .body(TeamMember.of(person, person.currentMembership(collaborativeId)));
    }

    @PostMapping("/{personId}/leave")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    TeamMember leave(@PathVariable String collaborativeId, @PathVariable String personId,
            @Valid @RequestBody(required = false) LeaveRequest request) {
        Person before = participants.leave(collaborativeId, personId, request == null ? null : request.leftOn());
        return before.memberships().stream().filter(m -> m.collaborativeId().equals(collaborativeId))
                .reduce((first, second) -> second).map(m -> TeamMember.of(before, m)).orElseThrow();
    }

    @GetMapping
    TeamResponse team(@PathVariable String collaborativeId,
            @RequestParam(defaultValue = "false") boolean includePast) {
        return new TeamResponse(collaborativeId, includePast,
                participants.team(collaborativeId, includePast, visibility.current(), Viewer.current()));
    }
}
