package uk.nhs.cohortcoach.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

class NavigationTest {

    private static SignedInPerson person(Role... roles) {
        return new SignedInPerson("p1", "Pat", Set.of(roles), "token", Instant.now());
    }

    @Test
    void eachRoleSeesItsOwnLinksInOneOrder() {
        assertThat(Navigation.of(person(Role.PARTICIPANT), "/x")).extracting(Navigation.Item::label)
                .containsExactly("Our collaborative", "Our sessions", "Actions", "My surveys", "Knowledge hub", "Events",
                        "Email preferences");
        assertThat(Navigation.of(person(Role.COACH), "/x")).extracting(Navigation.Item::label)
                .containsExactly("Coaching calendar", "My sessions", "My collaboratives", "Actions", "Knowledge hub", "Events",
                        "Email preferences");
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/x")).extracting(Navigation.Item::label)
                .containsExactly("Dashboard", "Cohorts", "Coaching calendar", "Surveys", "Notifications",
                        "Personal data", "Actions", "Knowledge hub", "Events", "Reach", "Email preferences");
    }

    @Test
    void theCurrentItemIsThePageOrOneUnderIt() {
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/cohorts/c1/delete"))
                .filteredOn(Navigation.Item::current).extracting(Navigation.Item::label).containsExactly("Cohorts");
        // a cohort's page lists its collaboratives: a collaborative's pages are under "Cohorts"
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/collaboratives/k1/add"))
                .filteredOn(Navigation.Item::current).extracting(Navigation.Item::label).containsExactly("Cohorts");
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/sessions/s1"))
                .filteredOn(Navigation.Item::current).extracting(Navigation.Item::label).containsExactly("Coaching calendar");
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/cohortsx")).noneMatch(Navigation.Item::current);
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/dashboard")).filteredOn(Navigation.Item::current)
                .extracting(Navigation.Item::label).containsExactly("Dashboard");
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/surveys/w1")).filteredOn(Navigation.Item::current)
                .extracting(Navigation.Item::label).containsExactly("Surveys");
    }

    @Test
    void onlyTheMostSpecificItemIsCurrentWhenOneIsUnderAnother() {
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/events/reach")).filteredOn(Navigation.Item::current)
                .extracting(Navigation.Item::label).containsExactly("Reach");
        assertThat(Navigation.of(person(Role.PROGRAMME_MANAGER), "/events/e1/registrations")).filteredOn(Navigation.Item::current)
                .extracting(Navigation.Item::label).containsExactly("Events");
        assertThat(Navigation.of(person(Role.COACH), "/events/reach")).filteredOn(Navigation.Item::current)
                .extracting(Navigation.Item::label).containsExactly("Events");
    }

    @Test
    void eachRoleStartsOnItsOwnPage() {
        assertThat(Navigation.startPage(person(Role.PROGRAMME_MANAGER, Role.COACH))).isEqualTo("/dashboard");
        assertThat(Navigation.startPage(person(Role.COACH))).isEqualTo("/my-sessions");
        assertThat(Navigation.startPage(person(Role.PARTICIPANT))).isEqualTo("/my-collaborative");
    }
}
