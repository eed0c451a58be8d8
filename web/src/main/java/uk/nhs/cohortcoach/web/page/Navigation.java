package uk.nhs.cohortcoach.web.page;

import java.util.List;
import java.util.Set;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * The service navigation and each role's start page, in ONE place. A new page that belongs in the navigation
 * is added here with the roles that see it (which must match its {@code PageAccess} rule).
 */
public final class Navigation {

    private static final Role MANAGER = Role.PROGRAMME_MANAGER;
    private static final Role COACH = Role.COACH;
    private static final Role MEMBER = Role.PARTICIPANT;

    /** One link of the navigation; {@code alsoCurrent}: other paths under which it is the current item. */
    record Entry(String label, String href, Set<Role> roles, List<String> alsoCurrent) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("Dashboard", "/dashboard", Set.of(MANAGER), List.of()),
            new Entry("Cohorts", "/cohorts", Set.of(MANAGER), List.of("/collaboratives")), // a cohort's page lists its collaboratives
            new Entry("Coaching calendar", "/calendar", Set.of(MANAGER, COACH), List.of("/sessions")),
            new Entry("Surveys", "/surveys", Set.of(MANAGER), List.of()),
            new Entry("Notifications", "/notifications", Set.of(MANAGER), List.of()),
            new Entry("Personal data", "/personal-data", Set.of(MANAGER), List.of()),
            new Entry("My sessions", "/my-sessions", Set.of(COACH), List.of()),
            new Entry("My collaboratives", "/my-collaboratives", Set.of(COACH), List.of()),
            new Entry("Our collaborative", "/my-collaborative", Set.of(MEMBER), List.of()),
            new Entry("Our sessions", "/our-sessions", Set.of(MEMBER), List.of()),
            new Entry("Actions", "/actions", Set.of(MANAGER, COACH, MEMBER), List.of()),
            new Entry("My surveys", "/my-surveys", Set.of(MEMBER), List.of()),
            new Entry("Knowledge hub", "/hub", Set.of(MANAGER, COACH, MEMBER), List.of()),
            new Entry("Events", "/events", Set.of(MANAGER, COACH, MEMBER), List.of()), // open events: anyone may open them
            new Entry("Reach", "/events/reach", Set.of(MANAGER), List.of()),
            new Entry("Email preferences", "/preferences", Set.of(MANAGER, COACH, MEMBER), List.of()));

    private Navigation() {
    }

    /** A link as the layout shows it. */
    public record Item(String label, String href, boolean current) {
    }

    /** The person's links, the one for {@code path} marked current (the most specific, when one is under another). */
    public static List<Item> of(SignedInPerson person, String path) {
        List<Entry> mine = ENTRIES.stream().filter(entry -> entry.roles().stream().anyMatch(person::is)).toList();
        int closest = mine.stream().mapToInt(entry -> match(entry, path)).max().orElse(-1);
        return mine.stream()
                .map(entry -> new Item(entry.label(), entry.href(), closest >= 0 && match(entry, path) == closest))
                .toList();
    }

    /** Where a person lands after signing in: manager the dashboard, coach their sessions, member their collaborative. */
    public static String startPage(SignedInPerson person) {
        if (person.is(MANAGER)) {
            return "/dashboard";
        }
        if (person.is(COACH)) {
            return "/my-sessions";
        }
        return "/my-collaborative";
    }

    /** How long a prefix of {@code path} the entry claims (its own or an {@code alsoCurrent} one), or -1 for none. */
    private static int match(Entry entry, String path) {
        if (path == null) {
            return -1;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(entry.href()), entry.alsoCurrent().stream())
                .filter(prefix -> under(path, prefix)).mapToInt(String::length).max().orElse(-1);
    }

    private static boolean under(String path, String prefix) {
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return path.equals(base) || path.startsWith(base + "/");
    }
}
