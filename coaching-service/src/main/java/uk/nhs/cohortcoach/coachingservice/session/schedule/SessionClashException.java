package uk.nhs.cohortcoach.coachingservice.session.schedule;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The session (or series) clashes with others: answered 409 with the platform's {@code conflict}
 * problem, whose detail names the clashing sessions and whose {@code clashes} member lists them.
 */
public class SessionClashException extends ErrorResponseException {

    static final URI CONFLICT = URI.create("https://cohort-coach.nhs.uk/problems/conflict");

    private final transient List<Clash> clashes;

    public SessionClashException(List<Clash> clashes, ZoneId zone) {
        super(HttpStatus.CONFLICT, problem(clashes, zone), null);
        this.clashes = List.copyOf(clashes);
    }

    public List<Clash> clashes() {
        return clashes;
    }

    private static ProblemDetail problem(List<Clash> clashes, ZoneId zone) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail(clashes, zone));
        problem.setType(CONFLICT);
        problem.setTitle("Conflict");
        problem.setProperty("clashes", clashes.stream().map(clash -> Map.of(
                "proposedStartsAt", clash.proposedStartsAt().toString(),
                "sessionId", String.valueOf(clash.sessionId()),
                "title", String.valueOf(clash.title()),
                "startsAt", clash.startsAt().toString(),
                "endsAt", clash.endsAt().toString(),
                "reason", clash.reason().name())).toList());
        return problem;
    }

    private static String detail(List<Clash> clashes, ZoneId zone) {
        String list = clashes.stream().limit(10).map(clash -> "'" + clash.title() + "' (" + clash.sessionId() + ") "
                + SlotRules.describe(new Slot(clash.startsAt(), clash.endsAt()), zone)
                + (clash.reason() == Clash.Reason.COACH ? " with the same coach" : " with the same collaborative"))
                .collect(Collectors.joining("; "));
        String more = clashes.size() > 10 ? "; and " + (clashes.size() - 10) + " more" : "";
        return "This clashes with " + (clashes.size() == 1 ? "another session" : clashes.size() + " sessions")
                + " (" + zone + " times): " + list + more + ".";
    }
}
