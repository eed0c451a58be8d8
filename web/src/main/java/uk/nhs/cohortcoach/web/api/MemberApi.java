package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * The cohort-service reads a collaborative's member needs for their own pages, called as the signed-in person:
 * the collaboratives they are in (the API lists a participant only their own) and who coaches one (by name: a
 * participant may not read a coach's person record).
 */
@Component
public class MemberApi {

    /** One of a collaborative's coaches: who, by name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Coach(String personId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Coaches(List<Coach> coaches) {
    }

    private final RestClient cohort;

    public MemberApi(ApiClients clients, WebProperties properties) {
        this.cohort = clients.of(properties.api().cohort());
    }

    /** The collaboratives the person may see, by name: for a participant, those whose team they are in now. */
    public List<Collaborative> collaboratives() {
        CollaborativePage page = cohort.get().uri("/api/collaboratives?size=100&sort=name").retrieve().body(CollaborativePage.class);
        return page == null ? List.of() : page.items();
    }

    /** {@code GET /api/collaboratives/{id}/coaches}: its coaches by name. */
    public List<Coach> coaches(String collaborativeId) {
        Coaches coaches = cohort.get().uri("/api/collaboratives/{id}/coaches", collaborativeId).retrieve().body(Coaches.class);
        return coaches == null || coaches.coaches() == null ? List.of() : List.copyOf(coaches.coaches());
    }
}
