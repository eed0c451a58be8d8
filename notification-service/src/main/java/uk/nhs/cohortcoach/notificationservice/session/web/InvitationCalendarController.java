package uk.nhs.cohortcoach.notificationservice.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.notificationservice.session.CalendarLinks;
import uk.nhs.cohortcoach.notificationservice.session.InvitationCalendars;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * {@code GET /api/notifications/calendar/{token}.ics}: the personal "add to calendar" link of a session email. Calendar
 * apps and mail clients cannot send the platform token: the signed link is the key. A token that is not valid, altered
 * or names nothing known is a plain 404 that says no more.
 */
@RestController
class InvitationCalendarController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final InvitationCalendars calendars;

    InvitationCalendarController(InvitationCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping(CalendarLinks.PATH + "{token}.ics")
    @SecurityRequirements // the signed link is the credential
    @Operation(summary = "The calendar (.ics) of a session or series invitation, for the person it was sent to")
    ResponseEntity<String> calendar(@PathVariable String token) {
        String text = calendars.render(token).orElseThrow(() -> new NotFoundException("calendar"));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(text);
    }
}
