package uk.nhs.cohortcoach.web.sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.web.api.ApiFailedException;
import uk.nhs.cohortcoach.web.api.ApiForbiddenException;
import uk.nhs.cohortcoach.web.api.ApiNotFoundException;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.DirectoryApi;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.api.TeamMember;
import uk.nhs.cohortcoach.web.page.Choice;

/** The names a coaching page shows for the ids a session carries: its collaborative, its invitees, its coach. */
@Component
class SessionNames {

    static final String UNKNOWN_PERSON = "Someone not known here";
    static final String UNKNOWN_COLLABORATIVE = "A collaborative not known here";

    private final DirectoryApi directory;

    SessionNames(DirectoryApi directory) {
        this.directory = directory;
    }

    /** Every collaborative this person may see, id → collaborative. */
    Map<String, Collaborative> collaboratives() {
        Map<String, Collaborative> byId = new LinkedHashMap<>();
        directory.collaboratives().forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    static String collaborativeName(Map<String, Collaborative> collaboratives, String id) {
        Collaborative collaborative = collaboratives.get(id);
        return collaborative == null ? UNKNOWN_COLLABORATIVE : collaborative.name();
    }

    /** The session's team, person id → name; empty when the team cannot be read by this person. */
    Map<String, String> team(String collaborativeId) {
        Map<String, String> names = new LinkedHashMap<>();
        try {
            for (TeamMember member : directory.team(collaborativeId)) {
                names.put(member.personId(), member.name());
            }
        } catch (ApiNotFoundException | ApiForbiddenException | ApiFailedException notReadable) {
            // names fall back to "Someone not known here"; the page still works
        }
        return names;
    }

    /** Names of people outside the team (a coach, a manager in a log's history), asked once each per page. */
    String person(String personId, Map<String, String> known) {
        return known.computeIfAbsent(personId, id -> {
            try {
                return directory.personName(id);
            } catch (ApiNotFoundException | ApiForbiddenException | ApiFailedException notReadable) {
                return UNKNOWN_PERSON;
            }
        });
    }

    /** The session's invitees as choices, in the order the session lists them. */
    static List<Choice> invitees(Session session, Map<String, String> team) {
        return session.inviteeIds().stream().map(id -> Choice.of(id, team.getOrDefault(id, UNKNOWN_PERSON))).toList();
    }
}
