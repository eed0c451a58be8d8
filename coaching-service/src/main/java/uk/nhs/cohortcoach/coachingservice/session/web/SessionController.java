package uk.nhs.cohortcoach.coachingservice.session.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionQueries;
import uk.nhs.cohortcoach.coachingservice.session.schedule.SessionFilter;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/sessions}: schedule, repeat, move, cancel, mark as did not happen, delete and read coaching sessions;
 * {@link Scheduling} enforces who may.
 */
@RestController
@RequestMapping("/api/sessions")
class SessionController {

    private static final Set<String> SORTABLE = Set.of("startsAt", "title", "status");

    private final Scheduling scheduling;
    private final SessionQueries queries;

    SessionController(Scheduling scheduling, SessionQueries queries) {
        this.scheduling = scheduling;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Scheduling decides whose sessions
    ResponseEntity<SessionResponse> schedule(@Valid @RequestBody ScheduleRequest request) {
        Session session = scheduling.schedule(request.details(), Viewer.current());
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id())).eTag(etag(session))
                .body(SessionResponse.of(session));
    }

    @PostMapping("/series")
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Scheduling decides whose sessions
    ResponseEntity<SeriesResponse> scheduleSeries(@Valid @RequestBody SeriesRequest request) {
        List<Session> sessions = scheduling.scheduleSeries(request.details(), request.recurrence(), Viewer.current());
        String seriesId = sessions.get(0).seriesId();
        return ResponseEntity.created(URI.create("/api/sessions?seriesId=" + seriesId))
                .body(new SeriesResponse(seriesId, sessions.stream().map(SessionResponse::of).toList()));
    }

    @GetMapping
    PageResponse<SessionResponse> list(@RequestParam(required = false) String collaborativeId,
            @RequestParam(required = false) String coachId, @RequestParam(required = false) String seriesId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort) {
        return PageResponse.of(queries.list(new SessionFilter(collaborativeId, coachId, seriesId, from, to),
                PageQuery.of(page, size, sort, SORTABLE, "startsAt"), Viewer.current()), SessionResponse::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<SessionResponse> get(@PathVariable String id) {
        Session session = queries.get(id, Viewer.current());
        return ResponseEntity.ok().eTag(etag(session)).body(SessionResponse.of(session));
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Scheduling decides whose sessions
    ResponseEntity<ChangedSessions> reschedule(@PathVariable String id, @Valid @RequestBody RescheduleRequest request) {
        return changed(scheduling.reschedule(id, request.move(), Viewer.current()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Scheduling decides whose sessions
    ResponseEntity<ChangedSessions> cancel(@PathVariable String id, @Valid @RequestBody CancelRequest request) {
        return changed(scheduling.cancel(id, request.reason(), request.effectiveScope(), request.version(), Viewer.current()));
    }

    @PostMapping("/{id}/not-held")
    @PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'COACH')") // decided before the body; Scheduling decides whose sessions
    ResponseEntity<SessionResponse> notHeld(@PathVariable String id, @Valid @RequestBody NotHeldRequest request) {
        Session session = scheduling.markNotHeld(id, request.reason().trim(), request.version(), Viewer.current());
        return ResponseEntity.ok().eTag(etag(session)).body(SessionResponse.of(session));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) Long version) {
        scheduling.delete(id, version, Viewer.current());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<ChangedSessions> changed(List<Session> sessions) {
        return ResponseEntity.status(HttpStatus.OK).eTag(etag(sessions.get(0)))
                .body(new ChangedSessions(sessions.stream().map(SessionResponse::of).toList()));
    }

    private static String etag(Session session) {
        return "\"" + session.version() + "\"";
    }
}
