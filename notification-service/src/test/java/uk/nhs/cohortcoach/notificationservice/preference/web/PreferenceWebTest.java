package uk.nhs.cohortcoach.notificationservice.preference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.notificationservice.NotificationWebSlice;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.person.PersonDirectory;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;
import uk.nhs.cohortcoach.notificationservice.preference.Preferences;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** {@code /api/preferences} on its own: your own for anyone signed in, anyone's for programme managers, {@code reminders} required. */
class PreferenceWebTest extends NotificationWebSlice {

    private static final String MEMBER = Http.bearer("p-1", Role.PARTICIPANT);

    @Autowired
    private Preferences preferences;

    @Autowired
    private PersonDirectory people;


    @Test
    void aPersonChangesTheirOwnAsThemselves() {
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        when(preferences.change("p-1", false, "p-1")).thenReturn(new Preference("p-1", false, false, at, "p-1"));

        HttpResponse<String> response = http.put("/api/preferences/me", MEMBER, "{\"reminders\":false}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("personId").asString()).isEqualTo("p-1");
        assertThat(Http.json(response).path("reminders").asBoolean()).isFalse();
        assertThat(Http.json(response).path("updatedAt").asString()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(Http.json(response).has("updatedBy")).as("who changed it is not shown").isFalse();
    }

    @Test
    void aProgrammeManagerChangesSomeoneElsesAsThemselves() {
        when(people.find("p-1")).thenReturn(Optional.of(new Person("p-1", "Member", "m@example.nhs.uk", Set.of("PARTICIPANT"), List.of())));
        when(preferences.change("p-1", true, "mgr")).thenReturn(new Preference("p-1", true, true, Instant.EPOCH, "mgr"));

        HttpResponse<String> response = http.put("/api/preferences/p-1", Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                "{\"reminders\":true}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("reminders").asBoolean()).isTrue();
        assertThat(Http.json(response).path("newResources").asBoolean()).isTrue();
    }

    @Test
    void aPersonOptsInToNewResourceEmailAsThemselvesAndAManagerForSomeoneElse() {
        when(preferences.changeNewResources("p-1", true, "p-1")).thenReturn(new Preference("p-1", true, true, Instant.EPOCH, "p-1"));
        when(people.find("p-2")).thenReturn(Optional.of(new Person("p-2", "Member", "m@example.nhs.uk", Set.of("PARTICIPANT"), List.of())));
        when(preferences.changeNewResources("p-2", false, "mgr")).thenReturn(new Preference("p-2", true, false, Instant.EPOCH, "mgr"));

        HttpResponse<String> mine = http.put("/api/preferences/me/new-resources", MEMBER, "{\"newResources\":true}");
        HttpResponse<String> theirs = http.put("/api/preferences/p-2/new-resources", Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                "{\"newResources\":false}");

        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(Http.json(mine).path("newResources").asBoolean()).isTrue();
        assertThat(Http.json(mine).path("reminders").asBoolean()).isTrue();
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(200);
        assertThat(Http.json(theirs).path("newResources").asBoolean(true)).isFalse();
        verify(preferences).changeNewResources("p-1", true, "p-1");
        verify(preferences).changeNewResources("p-2", false, "mgr");
    }

    @Test
    void someoneElsesNewResourceEmailIsForbiddenBeforeTheBodyIsReadAndAStrangerIsNotFound() {
        assertThatProblem(http.put("/api/preferences/p-2/new-resources", Http.bearer("coach", Role.COACH), "not even json")).hasStatus(403);
        assertThatProblem(http.put("/api/preferences/me/new-resources", null, "{\"newResources\":true}")).hasStatus(401);
        verifyNoInteractions(preferences);
        assertThatProblem(http.put("/api/preferences/nobody/new-resources", Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                "{\"newResources\":true}")).hasStatus(404);
        verifyNoInteractions(preferences);
    }

    @Test
    void missingNullOrNonBooleanNewResourcesIsRefusedNamingNewResources() {
        for (String body : new String[] {"{}", "{\"newResources\":null}", "{\"newResources\":\"yes\"}", "{\"newResources\":[true]}"}) {
            assertThatProblem(http.put("/api/preferences/me/new-resources", MEMBER, body)).as(body).hasStatus(400)
                    .hasFieldErrorsOnly("newResources");
        }
        verifyNoInteractions(preferences);
    }

    @Test
    void othersAreForbiddenAndNoTokenIsUnauthorised() {
        assertThatProblem(http.get("/api/preferences/p-2", Http.bearer("someone", Role.PARTICIPANT))).hasStatus(403);
        assertThatProblem(http.put("/api/preferences/p-2", Http.bearer("coach", Role.COACH), "{\"reminders\":false}")).hasStatus(403);
        assertThatProblem(http.get("/api/preferences/me", null)).hasStatus(401);
        assertThatProblem(http.put("/api/preferences/me", null, "not even json")).hasStatus(401);
        verifyNoInteractions(preferences, people);
    }

    @Test
    void missingNullOrNonBooleanRemindersIsRefusedNamingReminders() {
        for (String body : new String[] {"{}", "{\"reminders\":null}", "{\"reminders\":\"no\"}"}) {
            assertThatProblem(http.put("/api/preferences/me", MEMBER, body)).as(body).hasStatus(400).hasFieldErrorsOnly("reminders");
        }
        verifyNoInteractions(preferences);
    }
}
