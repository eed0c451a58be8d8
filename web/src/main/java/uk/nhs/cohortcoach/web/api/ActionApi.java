package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import uk.nhs.cohortcoach.web.WebProperties;

/**
 * coaching-service's {@code /api/actions} (list, complete, reopen, edit, reassign), called as the signed-in
 * person, and the few cohort-service reads the actions page needs to name things: collaboratives, people and a
 * collaborative's team and coaches. (Those reads are the actions page's own view; fold them into a shared
 * directory client when one exists.)
 */
@Component
public class ActionApi {

    /** At most this many pages of 100 are read for one list, as the old page did. */
    private static final int MAX_PAGES = 5;

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionPage(List<Action> items, int totalPages) {
    }

    /** A collaborative or person by id and name (only what the actions page shows). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Named(String id, String name, List<String> coachIds) {

        public Named {
            coachIds = coachIds == null ? List.of() : List.copyOf(coachIds);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NamedPage(List<Named> items, int totalPages) {
    }

    /** Someone currently in a collaborative's team. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamMember(String personId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Team(List<TeamMember> participants) {
    }

    record Version(long version) {
    }

    record Edit(String description, LocalDate dueDate, long version) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL) // one kind of owner or the other, never both named
    record Reassign(String ownerId, String ownerName, String ownerEmail, long version) {
    }

    private final RestClient coaching;
    private final RestClient cohort;

    public ActionApi(ApiClients clients, WebProperties properties) {
        this.coaching = clients.of(properties.api().coaching());
        this.cohort = clients.of(properties.api().cohort());
    }

    /** The actions the person may see with this status ({@code OPEN}, {@code DONE}), in the API's {@code sort}. */
    public List<Action> list(String status, String sort) {
        return all(page -> coaching.get().uri("/api/actions?status={status}&sort={sort}&page={page}&size=100", status, sort, page)
                .retrieve().body(ActionPage.class), ActionPage::items, ActionPage::totalPages);
    }

    public Action get(String id) {
        return coaching.get().uri("/api/actions/{id}", id).retrieve().body(Action.class);
    }

    public Action complete(String id, long version) {
        return coaching.post().uri("/api/actions/{id}/complete", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Version(version)).retrieve().body(Action.class);
    }

    public Action reopen(String id, long version) {
        return coaching.post().uri("/api/actions/{id}/reopen", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Version(version)).retrieve().body(Action.class);
    }

    /** A new text and/or due date; a refusal field by field is an {@link ApiProblemException}. */
    public Action edit(String id, String description, LocalDate dueDate, long version) {
        return coaching.post().uri("/api/actions/{id}/edit", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Edit(description, dueDate, version)).retrieve().body(Action.class);
    }

    /** To someone in the team or a coach ({@code ownerId}), or to a named person outside it with their email. */
    public Action reassign(String id, String ownerId, String ownerName, String ownerEmail, long version) {
        return coaching.post().uri("/api/actions/{id}/reassign", id).contentType(MediaType.APPLICATION_JSON)
                .body(new Reassign(ownerId, ownerName, ownerEmail, version)).retrieve().body(Action.class);
    }

    /** The collaboratives the person may see, by id. */
    public Map<String, Named> collaboratives() {
        return byId(all(page -> cohort.get().uri("/api/collaboratives?sort=name&page={page}&size=100", page).retrieve()
                .body(NamedPage.class), NamedPage::items, NamedPage::totalPages));
    }

    /** The people the person may see, by id; empty when they may see none (the page then names fewer people). */
    public Map<String, Named> people() {
        try {
            return byId(all(page -> cohort.get().uri("/api/people?sort=name&page={page}&size=100", page).retrieve()
                    .body(NamedPage.class), NamedPage::items, NamedPage::totalPages));
        } catch (ApiForbiddenException | ApiNotFoundException notTheirs) {
            return Map.of();
        }
    }

    /** A collaborative's current team. */
    public List<TeamMember> team(String collaborativeId) {
        Team team = cohort.get().uri("/api/collaboratives/{id}/participants", collaborativeId).retrieve().body(Team.class);
        return team == null || team.participants() == null ? List.of() : team.participants();
    }

    private static <P, T> List<T> all(IntFunction<P> page, java.util.function.Function<P, List<T>> items,
            java.util.function.ToIntFunction<P> totalPages) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < MAX_PAGES; i++) {
            P answer = page.apply(i);
            if (answer == null) {
                break;
            }
            List<T> these = items.apply(answer);
            if (these != null) {
                all.addAll(these);
            }
            if (i + 1 >= totalPages.applyAsInt(answer)) {
                break;
            }
        }
        return all;
    }

    private static Map<String, Named> byId(List<Named> named) {
        Map<String, Named> byId = new LinkedHashMap<>();
        named.forEach(n -> byId.put(n.id(), n));
        return byId;
    }
}
