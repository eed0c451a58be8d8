package uk.nhs.cohortcoach.hubservice.openevent.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEventStatus;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.StartRules;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.ManagedOpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.OpenEventList;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.OpenEventPage;
import uk.nhs.cohortcoach.hubservice.openevent.web.OpenEventResponses.OpenEventSummary;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;
import uk.nhs.cohortcoach.platform.calendar.CalendarDocument;
import uk.nhs.cohortcoach.platform.calendar.CalendarEvent;
import uk.nhs.cohortcoach.platform.calendar.CalendarMethod;
import uk.nhs.cohortcoach.platform.calendar.CalendarWriter;
import uk.nhs.cohortcoach.platform.calendar.EventStatus;
import uk.nhs.cohortcoach.platform.support.input.FreeText;
import uk.nhs.cohortcoach.platform.support.problem.BodyChecks;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * {@code /api/open-events}: anyone lists upcoming or past events, reads one (never its joining link) and adds it to
 * their calendar; programme managers schedule, change (with the version they loaded) and cancel them, and read one
 * with its registrations.
 */
@RestController
@RequestMapping("/api/open-events")
class OpenEventController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final String PRODUCT = "-//Cohort Coach//hub-service//EN";

    /** Why the event is called off, told to everyone registered. */
    record CancelOpenEventRequest(@NotBlank @FreeText @Size(max = 1000) String reason) {
    }

    private final OpenEvents events;
    private final MemberOrganisations organisations;

    OpenEventController(OpenEvents events, MemberOrganisations organisations) {
        this.events = events;
        this.organisations = organisations;
    }

    /** The start rules for both; a change also needs the version it was loaded at (the binder is named by the body's type). */
    @InitBinder("openEventRequest")
    void rules(WebDataBinder binder, HttpServletRequest http) {
        boolean change = "PUT".equals(http.getMethod());
        binder.addValidators(new BodyChecks<>(OpenEventRequest.class, request -> {
            Map<String, String> errors = new LinkedHashMap<>(StartRules.problems(request.start(), request.durationMinutes(), events.now()));
            if (change && request.version() == null) {
                errors.put("version", "{NotNull.openEventRequest.version}");
            }
            return errors;
        }));
    }

    @GetMapping
    @SecurityRequirements // the public listing
    OpenEventList list(@RequestParam(required = false) String when) {
        if (when != null && !when.equals("upcoming") && !when.equals("past")) {
            throw InvalidFieldsException.of("when", "Choose upcoming or past events");
        }
        return new OpenEventList(events.list(!"past".equals(when)).stream().map(OpenEventSummary::of).toList());
    }

    @GetMapping("/{id}")
    @SecurityRequirements // an event's public page
    OpenEventPage get(@PathVariable String id) {
        return OpenEventPage.of(events.get(id), events.now());
    }

    @GetMapping("/{id}/calendar.ics")
    @SecurityRequirements // "add to calendar" from the public page and the emails
    ResponseEntity<String> calendar(@PathVariable String id) {
        OpenEvent event = events.get(id);
        Instant now = events.now();
        CalendarEvent entry = CalendarEvent.builder(event.id() + "@cohort-coach", event.sequence(), now, event.startsAt(),
                        event.details().title(), event.status() == OpenEventStatus.CANCELLED
                                ? EventStatus.CANCELLED : EventStatus.CONFIRMED)
                .end(event.endsAt()).zone(StartRules.LONDON).description(event.details().summary()).location("Online").build();
        String text = CalendarWriter.write(new CalendarDocument(PRODUCT, CalendarMethod.PUBLISH, event.details().title(),
                StartRules.LONDON, List.of(entry)));
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noCache())
                .header("Content-Disposition", "attachment; filename=\"open-event.ics\"").body(text);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ResponseEntity<ManagedOpenEvent> schedule(@Valid @RequestBody OpenEventRequest openEventRequest) {
        OpenEvent event = events.schedule(openEventRequest.details());
        return ResponseEntity.created(URI.create("/api/open-events/" + event.id())).body(managed(event));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ManagedOpenEvent change(@PathVariable String id, @Valid @RequestBody OpenEventRequest openEventChange) {
        return managed(events.change(id, openEventChange.details(), openEventChange.version()));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ManagedOpenEvent cancel(@PathVariable String id, @Valid @RequestBody CancelOpenEventRequest request) {
        return managed(events.cancel(id, request.reason().strip()));
    }

    @GetMapping("/{id}/manage")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    ManagedOpenEvent manage(@PathVariable String id) {
        return managed(events.get(id));
    }

    private ManagedOpenEvent managed(OpenEvent event) {
        return ManagedOpenEvent.of(event, events.now(), organisations.byCode());
    }
}
