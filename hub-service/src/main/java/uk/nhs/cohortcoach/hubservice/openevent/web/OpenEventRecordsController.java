package uk.nhs.cohortcoach.hubservice.openevent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.nhs.cohortcoach.hubservice.openevent.AttendanceImport;
import uk.nhs.cohortcoach.hubservice.openevent.AttendanceReport;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Reach;
import uk.nhs.cohortcoach.hubservice.openevent.ReachCalculator;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.OpenEventAttendance;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.OpenEventRecording;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * What happens after an open event, for programme managers: who attended (by registration ids, or from a webinar
 * platform's attendance report), the recording handed to the knowledge hub, and the programme's reach.
 */
@RestController
@RequestMapping("/api/open-events")
class OpenEventRecordsController {

    /** The registrations that attended: the whole list (it replaces an earlier one). */
    record OpenEventAttendanceRequest(@NotNull @Size(max = 12000) List<@NotBlank @Size(max = 100) String> attendedRegistrationIds) {
    }

    /** The recording: an https link to the video, its length and a summary for the knowledge hub. */
    record OpenEventRecordingRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = OpenEventRequest.HTTPS) String videoLink,
            @NotNull @Min(1) @Max(1440) Integer durationMinutes,
            @NotBlank @Size(max = 500) String summary) {
    }

    private final OpenEvents events;
    private final Reach reach;

    OpenEventRecordsController(OpenEvents events, Reach reach) {
        this.events = events;
        this.reach = reach;
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    OpenEventAttendance attendance(@PathVariable String id, @Valid @RequestBody OpenEventAttendanceRequest request) {
        return OpenEventAttendance.of(events.recordAttendance(id, request.attendedRegistrationIds()));
    }

    @PostMapping(path = "/{id}/attendance/import", consumes = {"text/csv", "text/plain", "text/tab-separated-values"})
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Record attendance from a webinar platform's attendance report (Teams, Zoom: CSV with an email column)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", description = "CSV or tab-separated, UTF-8 or UTF-16, up to 2 MB"))))
    AttendanceImport importAttendance(@PathVariable String id, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(AttendanceReport.MAX_BYTES + 1);
        if (bytes.length > AttendanceReport.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than 2 MB.");
        }
        if (bytes.length == 0) {
            throw InvalidFieldsException.of("file", "The file is empty. Choose the attendance report exported from the webinar platform");
        }
        return events.importAttendance(id, bytes);
    }

    @PostMapping("/{id}/recording")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    OpenEventRecording recording(@PathVariable String id, @Valid @RequestBody OpenEventRecordingRequest request) {
        return new OpenEventRecording(events.publishRecording(id, request.videoLink().trim(), request.durationMinutes(),
                request.summary().trim()));
    }

    @GetMapping("/reach")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ReachCalculator.ProgrammeReach reach(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidFieldsException.of("to", "The end of the period must be on or after its start");
        }
        return reach.between(from, to);
    }

    @GetMapping("/{id}/reach")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ReachCalculator.ProgrammeReach reachOfEvent(@PathVariable String id) {
        return reach.ofEvent(id);
    }
}
