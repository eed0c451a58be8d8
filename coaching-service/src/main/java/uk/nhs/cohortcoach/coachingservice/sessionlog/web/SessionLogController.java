package uk.nhs.cohortcoach.coachingservice.sessionlog.web;

import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.action.Actions;
import uk.nhs.cohortcoach.coachingservice.sessionlog.SessionLogs;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/sessions/{id}/log}: the session's coach writes it; the coach, the collaborative's coaches and managers read
 * it; a programme manager reopens it once locked; managers and the session's coach read its history.
 */
@RestController
@RequestMapping("/api/sessions/{id}/log")
class SessionLogController {

    private final SessionLogs logs;
    private final Actions actions;
    private final Clock clock;

    SessionLogController(SessionLogs logs, Actions actions, Clock clock) {
        this.logs = logs;
        this.actions = actions;
        this.clock = clock;
    }

    @PutMapping
    @PreAuthorize("hasRole('COACH')") // decided before the body; SessionLogs checks it is the session's own coach
    ResponseEntity<SessionLogResponse> write(@PathVariable String id, @Valid @RequestBody SessionLogRequest request) {
        return respond(logs.write(id, request.details(), Viewer.current()));
    }

    @GetMapping
    ResponseEntity<SessionLogResponse> read(@PathVariable String id) {
        return respond(logs.read(id, Viewer.current()));
    }

    @PostMapping("/reopen")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<ReopenedLog> reopen(@PathVariable String id, @Valid @RequestBody LogReopenRequest request) {
        ReopenedLog body = ReopenedLog.of(logs.reopen(id, request.reason(), Viewer.current()), clock.instant());
        return ResponseEntity.ok().eTag("\"" + body.version() + "\"").body(body);
    }

    @GetMapping("/history")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // SessionLogs checks a coach is the session's own
    LogHistoryResponse history(@PathVariable String id) {
        return LogHistoryResponse.of(logs.history(id, Viewer.current()));
    }

    private ResponseEntity<SessionLogResponse> respond(SessionLogs.LoggedSession logged) {
        SessionLogResponse body = SessionLogResponse.of(logged, clock.instant(), actions.today());
        return ResponseEntity.ok().eTag("\"" + body.version() + "\"").body(body);
    }
}
