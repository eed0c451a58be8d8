package uk.nhs.cohortcoach.notificationservice.preference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/preferences}: anyone signed in reads and changes their own ({@code /me}); programme
 * managers read and change anyone's. Only reminders can be turned off; invitations, changes and
 * cancellations always go. New-resource email is opt-in ({@code newResources}).
 */
@RestController
@RequestMapping("/api/preferences")
@Tag(name = "Preferences", description = "Whether a person receives reminder email and new-resource email")
class PreferenceController {

    private final Preferences preferences;
    private final PersonDirectory people;

    PreferenceController(Preferences preferences, PersonDirectory people) {
        this.preferences = preferences;
        this.people = people;
    }

    @GetMapping("/me")
    @Operation(summary = "Your own preferences")
    PreferenceResponse mine() {
        return PreferenceResponse.of(preferences.of(Viewer.current().personId()));
    }

    @PutMapping("/me")
    @Operation(summary = "Turn your own reminders (and new-resource email) on or off")
    PreferenceResponse changeMine(@Valid @RequestBody PreferenceRequest request) {
        String me = Viewer.current().personId();
        return PreferenceResponse.of(preferences.change(me, request.reminders(), request.newResources(), me));
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "A person's preferences (programme managers)")
    PreferenceResponse get(@PathVariable String personId) {
        known(personId);
        return PreferenceResponse.of(preferences.of(personId));
    }

    @PutMapping("/{personId}")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Turn a person's reminders (and new-resource email) on or off (programme managers)")
    PreferenceResponse change(@PathVariable String personId, @Valid @RequestBody PreferenceRequest request) {
        known(personId);
        return PreferenceResponse.of(preferences.change(personId, request.reminders(), request.newResources(), Viewer.current().personId()));
    }

    /** A manager may only set preferences for a person cohort-service has told us about (a typo gets 404). */
    private void known(String personId) {
        if (people.find(personId).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
    }
}
