package uk.nhs.cohortcoach.web.api;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/** cohort-service's people ({@code /api/people}), called as the signed-in person. */
@Component
public class PersonApi {

    private final RestClient client;

    public PersonApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** The coaches, by name (the API's largest page: 100). */
    public List<Person> coaches() {
        return client.get().uri("/api/people?role=COACH&sort=name&size=100").retrieve().body(PersonPage.class).items();
    }

    /** People whose name contains {@code name}, archived people too (a manager may restore them), by name. */
    public List<Person> named(String name) {
        return client.get().uri("/api/people?name={name}&includeArchived=true&sort=name&size=50", name)
                .retrieve().body(PersonPage.class).items();
    }

    public Person get(String id) {
        return client.get().uri("/api/people/{id}", id).retrieve().body(Person.class);
    }

    /** Registers someone; a refusal (a taken email, a field error) is an {@link ApiProblemException}. */
    public Person register(NewPerson person) {
        return client.post().uri("/api/people").contentType(MediaType.APPLICATION_JSON).body(person).retrieve().body(Person.class);
    }

    /** Archives someone: they leave every team today and drop out of lists; their history stays. */
    public void archive(String id) {
        client.post().uri("/api/people/{id}/archive", id).retrieve().toBodilessEntity();
    }

    /** Brings an archived person back into lists (in no team). */
    public void restore(String id) {
        client.post().uri("/api/people/{id}/restore", id).retrieve().toBodilessEntity();
    }
}
