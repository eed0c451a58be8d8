package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * hub-service's open events as a programme manager runs them, called as the signed-in person (hub-service refuses
 * anyone else): scheduling and changing an event, cancelling it, its registrations and attendance (by ticks or a
 * webinar platform's attendance file), its recording, its feedback and the programme's reach.
 */
@Component
public class OpenEventManagementApi {

    /** The body of {@code POST /api/open-events} and (with {@code version}) {@code PUT /api/open-events/{id}}. */
    public record EventDetails(String title, String summary, String description, List<OpenEvent.Speaker> speakers,
            LocalDateTime start, Integer durationMinutes, Integer capacity, String joiningLink,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {
    }

    record Cancellation(String reason) {
    }

    record Attendance(List<String> attendedRegistrationIds) {
    }

    /** The body of {@code POST /api/open-events/{id}/recording}. */
    public record Recording(String videoLink, Integer durationMinutes, String summary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(String resourceId) {
    }

    private final RestClient client;

    public OpenEventManagementApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().hub());
    }

    /** Every event still to come, cancelled ones included. */
    public List<OpenEvent> upcoming() {
        return client.get().uri("/api/open-events?when=upcoming").retrieve().body(OpenEvent.Page.class).items();
    }

    /** Every event that has taken place. */
    public List<OpenEvent> past() {
        return client.get().uri("/api/open-events?when=past").retrieve().body(OpenEvent.Page.class).items();
    }

    /** The event with its joining link, version and registrations. */
    public OpenEvent manage(String id) {
        return client.get().uri("/api/open-events/{id}/manage", id).retrieve().body(OpenEvent.class);
    }

    /** Schedules an event; its id (the answer's {@code id}, else the last part of its {@code Location}). */
    public String create(EventDetails event) {
        ResponseEntity<OpenEvent> created = client.post().uri("/api/open-events")
                .contentType(MediaType.APPLICATION_JSON).body(event).retrieve().toEntity(OpenEvent.class);
        if (created.getBody() != null && created.getBody().id() != null) {
            return created.getBody().id();
        }
        URI location = created.getHeaders().getLocation();
        String path = location == null ? "" : location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Changes an event; a stale {@code version} is a 409 ({@link ApiProblemException}). */
    public void update(String id, EventDetails event) {
        client.put().uri("/api/open-events/{id}", id).contentType(MediaType.APPLICATION_JSON).body(event).retrieve().toBodilessEntity();
    }

    public void cancel(String id, String reason) {
        client.post().uri("/api/open-events/{id}/cancel", id).contentType(MediaType.APPLICATION_JSON).body(new Cancellation(reason))
                .retrieve().toBodilessEntity();
    }

    /** Records who attended (every registration ticked; the others did not). */
    public void recordAttendance(String id, List<String> attendedRegistrationIds) {
        client.post().uri("/api/open-events/{id}/attendance", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Attendance(attendedRegistrationIds)).retrieve().toBodilessEntity();
    }

    /** Records attendance from a webinar platform's attendance report, sent as it came ({@code text/csv}). */
    public EventFigures.AttendanceImport importAttendance(String id, String csv) {
        return client.post().uri("/api/open-events/{id}/attendance/import", id)
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv)
                .retrieve().body(EventFigures.AttendanceImport.class);
    }

    /** Publishes the recording in the knowledge hub; the resource's id. */
    public String publishRecording(String id, Recording recording) {
        return client.post().uri("/api/open-events/{id}/recording", id).contentType(MediaType.APPLICATION_JSON).body(recording)
                .retrieve().body(Published.class).resourceId();
    }

    public EventFigures.Feedback feedback(String id) {
        return client.get().uri("/api/open-events/{id}/feedback", id).retrieve().body(EventFigures.Feedback.class);
    }

    /** Reach across the events in a period (either end may be open: null). */
    public EventFigures.Reach reach(LocalDate from, LocalDate to) {
        return client.get().uri(builder -> builder.path("/api/open-events/reach")
                        .queryParamIfPresent("from", Optional.ofNullable(from))
                        .queryParamIfPresent("to", Optional.ofNullable(to)).build())
                .retrieve().body(EventFigures.Reach.class);
    }

    /** Reach of one event. */
    public EventFigures.Reach reach(String id) {
        return client.get().uri("/api/open-events/{id}/reach", id).retrieve().body(EventFigures.Reach.class);
    }
}
