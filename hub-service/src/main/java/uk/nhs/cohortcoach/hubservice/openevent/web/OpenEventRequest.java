package uk.nhs.cohortcoach.hubservice.openevent.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import uk.nhs.cohortcoach.hubservice.openevent.EventDetails;
import uk.nhs.cohortcoach.hubservice.openevent.Speaker;
import uk.nhs.cohortcoach.hubservice.openevent.StartRules;
import uk.nhs.cohortcoach.platform.support.input.FreeText;

/**
 * An open event as a programme manager writes it: {@code start} is a date and time in London (e.g.
 * {@code 2027-01-14T12:00}); {@code version} only when changing one (the version it was loaded at).
 */
record OpenEventRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 500) String summary,
        @NotBlank @FreeText @Size(max = 5000) String description,
        @Valid @Size(max = 20) List<@NotNull OpenEventSpeakerBody> speakers,
        @NotNull LocalDateTime start,
        @NotNull Integer durationMinutes,
        @NotNull @Min(1) @Max(10000) Integer capacity,
        @NotBlank @Size(max = 2000) @Pattern(regexp = HTTPS) String joiningLink,
        Long version) {

    static final String HTTPS = "https://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\s]*)?";

    /** A speaker: name and role. */
    record OpenEventSpeakerBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role) {
    }

    EventDetails details() {
        Instant startsAt = StartRules.startOf(start);
        List<Speaker> people = speakers == null ? List.of()
                : speakers.stream().map(s -> new Speaker(s.name().trim(), s.role().trim())).toList();
        return new EventDetails(title.trim(), summary.trim(), description.strip(), people, startsAt, durationMinutes, capacity,
                joiningLink.trim());
    }
}
