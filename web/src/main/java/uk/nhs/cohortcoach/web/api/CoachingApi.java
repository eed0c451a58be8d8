package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import uk.nhs.cohortcoach.web.WebProperties;

/** coaching-service's {@code /api/sessions}: sessions, their logs and calendar feeds, called as the signed-in person. */
@Component
public class CoachingApi {

    private final RestClient client;

    public CoachingApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().coaching());
    }

    /** The coach's sessions on London days {@code from}..{@code to} (either may be null), sorted by {@code sort}. */
    public List<Session> sessionsOf(String coachId, LocalDate from, LocalDate to, String sort) {
        return sessions(from, to, null, coachId, sort);
    }

    public Session session(String id) {
        return client.get().uri("/api/sessions/{id}", id).retrieve().body(Session.class);
    }

    /** The session's log; {@link ApiNotFoundException} until it is logged, {@link ApiForbiddenException} for someone who may not read it. */
    public SessionLog log(String sessionId) {
        return client.get().uri("/api/sessions/{id}/log", sessionId).retrieve().body(SessionLog.class);
    }

    /** Writes or corrects the log; refusals (field errors, locked, stale version) are {@link ApiProblemException}s. */
    public void writeLog(String sessionId, NewSessionLog log) {
        client.put().uri("/api/sessions/{id}/log", sessionId).contentType(MediaType.APPLICATION_JSON).body(log)
                .retrieve().toBodilessEntity();
    }

    /** Records a session that already took place with its log; answers the new session's id (from its log). */
    public String recordHeld(HeldSession held) {
        return client.post().uri("/api/sessions/held").contentType(MediaType.APPLICATION_JSON).body(held)
                .retrieve().body(SessionLog.class).sessionId();
    }

    public LogHistory history(String sessionId) {
        return client.get().uri("/api/sessions/{id}/log/history", sessionId).retrieve().body(LogHistory.class);
    }

    /** Reopens a locked log for its coach (programme managers); answers until when it is open. */
    public java.time.Instant reopenLog(String sessionId, String reason) {
        return client.post().uri("/api/sessions/{id}/log/reopen", sessionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("reason", reason)).retrieve().body(Reopened.class).editableUntil();
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Reopened(java.time.Instant editableUntil) {
    }

    /** Marks a session that started as did not happen (final). */
    public Session markNotHeld(String sessionId, String reason, Long version) {
        return client.post().uri("/api/sessions/{id}/not-held", sessionId).contentType(MediaType.APPLICATION_JSON)
                .body(new Reason(reason, version)).retrieve().body(Session.class);
    }

    /** Deletes a session created by mistake (programme managers); 409 while something depends on it. */
    public void delete(String sessionId, Long version) {
        client.delete().uri("/api/sessions/{id}?version={version}", sessionId, version).retrieve().toBodilessEntity();
    }

    /** The caller's live calendar feeds (no addresses: an address is shown once, when made). */
    public List<CalendarFeed> feeds() {
        CalendarFeed[] feeds = client.get().uri("/api/sessions/feeds").retrieve().body(CalendarFeed[].class);
        return feeds == null ? List.of() : List.of(feeds);
    }

    /** Makes a coach's feed; the answer carries its address, once. */
    public CalendarFeed makeCoachFeed(String coachId) {
        return client.post().uri("/api/sessions/feeds").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "COACH", "subjectId", coachId)).retrieve().body(CalendarFeed.class);
    }

    public void revokeFeed(String feedId) {
        client.delete().uri("/api/sessions/feeds/{id}", feedId).retrieve().toBodilessEntity();
    }

    /** Schedules one session; a clash is an {@link ApiProblemException} whose problem lists the {@code clashes}. */
    public Session schedule(NewSession session) {
        return client.post().uri("/api/sessions").contentType(MediaType.APPLICATION_JSON).body(session)
                .retrieve().body(Session.class);
    }

    /** Schedules a series; any clash refuses the whole series with the list. Answers its sessions. */
    public List<Session> scheduleSeries(NewSession session) {
        return client.post().uri("/api/sessions/series").contentType(MediaType.APPLICATION_JSON).body(session)
                .retrieve().body(Changed.class).sessions();
    }

    /** Moves a session ({@code scope} THIS or THIS_AND_LATER); answers every session moved. */
    public List<Session> reschedule(String sessionId, Reschedule change) {
        return client.post().uri("/api/sessions/{id}/reschedule", sessionId).contentType(MediaType.APPLICATION_JSON).body(change)
                .retrieve().body(Changed.class).sessions();
    }

    /** Cancels a session ({@code scope} THIS or THIS_AND_LATER); answers every session cancelled. */
    public List<Session> cancel(String sessionId, String reason, String scope, Long version) {
        return client.post().uri("/api/sessions/{id}/cancel", sessionId).contentType(MediaType.APPLICATION_JSON)
                .body(new Cancel(reason, scope, version)).retrieve().body(Changed.class).sessions();
    }

    /** Sessions on London days {@code from}..{@code to} (either may be null), narrowed to a collaborative and/or coach when given. */
    public List<Session> sessions(LocalDate from, LocalDate to, String collaborativeId, String coachId, String sort) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/sessions").queryParam("size", 100).queryParam("sort", sort);
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (collaborativeId != null && !collaborativeId.isBlank()) {
            uri.queryParam("collaborativeId", collaborativeId);
        }
        if (coachId != null && !coachId.isBlank()) {
            uri.queryParam("coachId", coachId);
        }
        return client.get().uri(uri.encode().build().toUriString()).retrieve().body(SessionPage.class).items();
    }

    /**
     * The body of {@code POST /api/sessions} and, with {@code frequency} and {@code count}, of {@code /series}
     * ({@code start} is London wall-clock time).
     */
    public record NewSession(String collaborativeId, String coachId, String type, String title, java.time.LocalDateTime start,
            Integer durationMinutes, String location, String videoLink, List<String> inviteeIds,
            @JsonInclude(JsonInclude.Include.NON_NULL) String frequency, @JsonInclude(JsonInclude.Include.NON_NULL) Integer count) {
    }

    /** The body of {@code POST /api/sessions/{id}/reschedule}. */
    public record Reschedule(java.time.LocalDateTime start, Integer durationMinutes, String reason, String scope, Long version) {
    }

    record Cancel(String reason, String scope, Long version) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Changed(List<Session> sessions) {
        Changed {
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    record Reason(String reason, Long version) {
    }
}
