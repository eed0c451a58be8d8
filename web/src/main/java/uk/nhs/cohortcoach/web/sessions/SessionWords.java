package uk.nhs.cohortcoach.web.sessions;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.web.api.Session;
import uk.nhs.cohortcoach.web.page.Choice;
import uk.nhs.cohortcoach.web.page.Dates;

/** Sessions in words, as every coaching page writes them. Public: the templates use it. */
public final class SessionWords {

    static final Map<String, String> TYPES = Map.of(
            "WORKSHOP", "Workshop",
            "TEAM_COACHING", "Team coaching",
            "STAKEHOLDER_ENGAGEMENT", "Stakeholder engagement",
            "PEER_LEARNING_EVENT", "Peer-learning event (webinar)",
            "BOARD_DEVELOPMENT", "Board development");

    /** The session types in the order forms offer them. */
    static final List<String> TYPES_IN_ORDER = List.of("WORKSHOP", "TEAM_COACHING", "STAKEHOLDER_ENGAGEMENT",
            "PEER_LEARNING_EVENT", "BOARD_DEVELOPMENT");

    /** The maturity components, in the order the log form offers them. */
    public static final List<Choice> THEMES = List.of(
            Choice.of("SHARED_PURPOSE_AND_VISION", "Building a shared purpose and vision"),
            Choice.of("PEOPLE_AND_CULTURE", "Investing in people and culture"),
            Choice.of("LEADERSHIP_BEHAVIOURS", "Developing leadership behaviours"),
            Choice.of("IMPROVEMENT_CAPABILITY_AND_CAPACITY", "Building improvement capability and capacity"),
            Choice.of("MANAGEMENT_SYSTEMS_AND_PROCESSES", "Embedding improvement into management systems and processes"),
            Choice.of("EMBEDDING_EQUITY", "Embedding equity into improvement"));

    private SessionWords() {
    }

    public static String type(String type) {
        return TYPES.getOrDefault(type, type == null ? "" : type);
    }

    public static String theme(String theme) {
        return THEMES.stream().filter(c -> c.value().equals(theme)).map(Choice::label).findFirst().orElse(theme);
    }

    /** "3 March 2026 at 10:00 to 11:00", or with the end's date when it ends on another day. London time. */
    public static String when(Session session) {
        String start = Dates.dateTime(session.startsAt());
        boolean sameDay = Dates.date(session.startsAt()).equals(Dates.date(session.endsAt()));
        return start + " to " + (sameDay ? Dates.time(session.endsAt()) : Dates.dateTime(session.endsAt()));
    }

    /** The status as a GOV.UK tag: its words and its colour class. */
    public record Tag(String text, String colour) {
        public String classes() {
            return "govuk-tag" + (colour == null ? "" : " govuk-tag--" + colour);
        }
    }

    public static Tag status(Session session, Instant now) {
        if (session.cancelled()) {
            return new Tag("Cancelled", "red");
        }
        if (session.notHeld()) {
            return new Tag("Did not happen", "orange");
        }
        if (session.logged()) {
            return new Tag("Logged", "green");
        }
        if (session.started(now)) {
            return new Tag("Not logged", "yellow");
        }
        return new Tag("Scheduled", "blue");
    }
}
