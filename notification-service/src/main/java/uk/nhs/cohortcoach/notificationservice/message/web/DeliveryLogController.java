package uk.nhs.cohortcoach.notificationservice.message.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.notificationservice.dispatch.EmailFields;
import uk.nhs.cohortcoach.notificationservice.message.DeliveryStatus;
import uk.nhs.cohortcoach.notificationservice.message.Message;
import uk.nhs.cohortcoach.notificationservice.message.Messages;
import uk.nhs.cohortcoach.notificationservice.message.Purpose;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.paging.PageResponse;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.Words;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/** {@code /api/notifications}: programme managers read the delivery log and retry failed messages. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Delivery log")
class DeliveryLogController {

    private static final Set<String> SORTABLE = Set.of("createdAt", "updatedAt", "dueAt", "status", "purpose");

    /** The longest search text (a name or an email address). */
    static final int MAX_SEARCH = 254;
    /** A search finds messages to at most this many people (the programme's people are a few hundred). */
    static final int MAX_PEOPLE_FOUND = 1000;

    private final Messages messages;
    private final PersonDirectory people;
    private final EmailFields fields;
    private final Clock clock;

    DeliveryLogController(Messages messages, PersonDirectory people, EmailFields fields, Clock clock) {
        this.messages = messages;
        this.people = people;
        this.fields = fields;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "The delivery log, newest first unless sorted otherwise; search by name or email (q), filter by person, "
            + "status, event, purpose")
    PageResponse<MessageResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) String personId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String eventId,
            @RequestParam(required = false) String purpose, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        String search = blankToNull(q);
        if (search != null && search.strip().length() > MAX_SEARCH) {
            throw InvalidFieldsException.of("q", "Search text must be " + MAX_SEARCH + " characters or fewer");
        }
        Messages.LogFilter filter = new Messages.LogFilter(blankToNull(personId), parse("status", status, DeliveryStatus.class),
                blankToNull(eventId), parse("purpose", purpose, Purpose.class),
                search == null ? null : people.idsMatching(search.strip(), MAX_PEOPLE_FOUND));
        PageQuery query = PageQuery.of(page, size, sort == null || sort.isBlank() ? "createdAt,desc" : sort, SORTABLE, "createdAt");
        return PageResponse.of(messages.search(filter, query), this::response);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "One delivery log entry, with its content (personal links replaced by words) and its attempts")
    MessageResponse get(@PathVariable String id) {
        Message message = find(id);
        return MessageResponse.detail(message, people.find(message.recipientId()).map(Person::name).orElse(null),
                fields.asShown(message));
    }

    @PostMapping("/{id}/retry")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Send a failed message again (permanent, temporary or technical failure)")
    MessageResponse retry(@PathVariable String id) {
        Message message = find(id);
        if (!message.status().isFailure()) {
            throw new ConflictException("Only a failed message can be retried; this one is "
                    + message.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
        }
        return response(messages.save(message.retried(clock.instant())));
    }

    private Message find(String id) {
        return messages.find(id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    private MessageResponse response(Message message) {
        return MessageResponse.of(message, people.find(message.recipientId()).map(Person::name).orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <E extends Enum<E>> E parse(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw InvalidFieldsException.of(field, "Choose from " + Words.choices(type));
        }
    }
}
