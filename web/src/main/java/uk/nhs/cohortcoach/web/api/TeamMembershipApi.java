package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * cohort-service's {@code GET /api/people?role=PARTICIPANT} with each person's team memberships: who is in which
 * team, for every collaborative at once (a page that would otherwise ask for each team in turn).
 */
@Component
public class TeamMembershipApi {

    /** At most this many pages of 100 are read (10,000 participants: far beyond a programme). */
    static final int MAX_PAGES = 100;

    private final RestClient client;

    public TeamMembershipApi(ApiClients clients, WebProperties properties) {
        this.client = clients.of(properties.api().cohort());
    }

    /** Every participant the caller may see, with their memberships (current and past). */
    public List<Participant> participants() {
        List<Participant> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            ParticipantPage answer = client.get().uri("/api/people?role=PARTICIPANT&size=100&sort=name&page={page}", page)
                    .retrieve().body(ParticipantPage.class);
            all.addAll(answer.items());
            if (page + 1 >= answer.totalPages()) {
                break;
            }
        }
        return List.copyOf(all);
    }

    /** A participant and the teams they are or were in. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participant(String id, String name, List<Membership> memberships) {

        public Participant {
            memberships = memberships == null ? List.of() : List.copyOf(memberships);
        }
    }

    /** One spell in a collaborative's team ({@code leftOn} null while they are in it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(String collaborativeId, String cohortId, String leadershipRole, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ParticipantPage(List<Participant> items, int totalPages) {

        ParticipantPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }
}
