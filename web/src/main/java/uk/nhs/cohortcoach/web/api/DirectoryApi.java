package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * cohort-service's collaboratives and teams as the coaching pages name them (read only): which
 * collaboratives the person may see and who is in a team.
 */
@Component
public class DirectoryApi {

    private final RestClient client;

    public DirectoryApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** The collaboratives this person may see, by name (the first 100). */
    public List<Collaborative> collaboratives() {
        return client.get().uri("/api/collaboratives?sort=name&size=100").retrieve().body(CollaborativePage.class).items();
    }

    /** The collaborative's current team. */
    public List<TeamMember> team(String collaborativeId) {
        return client.get().uri("/api/collaboratives/{id}/participants", collaborativeId).retrieve().body(Team.class).participants();
    }

    /** A person's name, as cohort-service shows it to this person ({@link ApiNotFoundException} when they may not see them). */
    public String personName(String personId) {
        return client.get().uri("/api/people/{id}", personId).retrieve().body(Person.class).name();
    }

    /** The coaches this person may see, by name (the first 100): for choosing a coach. */
    public List<Person> coaches() {
        return client.get().uri("/api/people?role=COACH&sort=name&size=100").retrieve().body(PersonPage.class).items();
    }

    /** A person as the coaching pages name them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonPage(List<Person> items) {
        PersonPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CollaborativePage(List<Collaborative> items) {
        CollaborativePage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Team(List<TeamMember> participants) {
        Team {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }
    }
}
