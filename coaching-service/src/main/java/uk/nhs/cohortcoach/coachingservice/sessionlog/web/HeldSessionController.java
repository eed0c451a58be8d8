package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.sessionlog.SessionLogs;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/** {@code POST /api/sessions/held}: a coach records a session that already took place, with its log, in one request. */
@RestController
class HeldSessionController {

    private final SessionLogs logs;
    private final Actions actions;
    private final Clock clock;

    HeldSessionController(SessionLogs logs, Actions actions, Clock clock) {
        this.logs = logs;
        this.actions = actions;
        this.clock = clock;
    }

    @PostMapping("/api/sessions/held")
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('COACH')") // decided before the body; SessionLogs checks the coach records their own session
    ResponseEntity<SessionLogResponse> record(@Valid @RequestBody HeldSessionRequest request) {
        SessionLogs.LoggedSession held = logs.recordHeld(request.details(), request.log().details(), Viewer.current());
        SessionLogResponse body = SessionLogResponse.of(held, clock.instant(), actions.today());
        return ResponseEntity.created(URI.create("/api/sessions/" + held.session().id())).eTag("\"" + body.version() + "\"")
                .body(body);
    }
}
