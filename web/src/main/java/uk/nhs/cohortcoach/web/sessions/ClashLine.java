package uk.nhs.cohortcoach.web.sessions;

import java.util.List;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.page.Dates;

/** One clash of a refused booking, in words, linking to the session it clashes with. Public: the template reads it. */
public record ClashLine(String proposed, String sessionHref, String title, String when, String why) {

    static List<ClashLine> of(ApiProblem problem) {
        return problem.clashes().stream().map(c -> new ClashLine(Dates.dateTime(c.proposedStartsAt()), "/sessions/" + c.sessionId(),
                c.title(), Dates.dateTime(c.startsAt()) + " to " + Dates.time(c.endsAt()),
                "COACH".equals(c.reason())
                        ? "the coach has another session then, or too close to it to leave the gap needed between sessions"
                        : "the collaborative already has a session at that time")).toList();
    }
}
