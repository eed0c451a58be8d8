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
 * cancellations always go. New-resource email is opt-in ({@code newResources}, off by default), changed on its own
 * ({@code /new-resources}) so a change of reminders from a client that knows nothing of it leaves it alone.
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
    @Operation(summary = "Turn your own reminders on or off")
    PreferenceResponse changeMine(@Valid @RequestBody PreferenceRequest request) {
        String me = Viewer.current().personId();
        return PreferenceResponse.of(preferences.change(me, request.reminders(), me));
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
    @Operation(summary = "Turn a person's reminders on or off (programme managers)")
    PreferenceResponse change(@PathVariable String personId, @Valid @RequestBody PreferenceRequest request) {
        known(personId);
        return PreferenceResponse.of(preferences.change(personId, request.reminders(), Viewer.current().personId()));
    }

    @PutMapping("/me/new-resources")
    @Operation(summary = "Opt in to (or out of) an email when a knowledge-hub resource you may read is published")
    PreferenceResponse changeMyNewResources(@Valid @RequestBody NewResourcesRequest request) {
        String me = Viewer.current().personId();
        return PreferenceResponse.of(preferences.changeNewResources(me, request.newResources(), me));
    }

    @PutMapping("/{personId}/new-resources")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Opt a person in to (or out of) new-resource email (programme managers)")
    PreferenceResponse changeNewResources(@PathVariable String personId, @Valid @RequestBody NewResourcesRequest request) {
        known(personId);
        return PreferenceResponse.of(preferences.changeNewResources(personId, request.newResources(), Viewer.current().personId()));
    }

    /** A manager may only set preferences for a person cohort-service has told us about (a typo gets 404). */
    private void known(String personId) {
        if (people.find(personId).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
    }
}
