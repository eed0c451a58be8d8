package uk.nhs.cohortcoach.coachingservice.session.web;

import static org.mockito.Mockito.verifyNoInteractions;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.coachingservice.CoachingWebSlice;
import uk.nhs.cohortcoach.coachingservice.session.schedule.Scheduling;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/**
 * {@code start} is London wall-clock time: a value carrying an offset or a zone is refused naming the field,
 * never read with its offset dropped (a client meaning 10:00 UTC would otherwise get 10:00 London).
 */
class SessionTimesWebTest extends CoachingWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);

    @Autowired
    private Scheduling scheduling;

    private static String session(String start) {
        return """
                {"collaborativeId":"collab-1","coachId":"coach-1","type":"TEAM_COACHING","title":"Board workshop",
                 "start":"%s","durationMinutes":90}""".formatted(start);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-05-03T10:00:00Z", "2027-05-03T10:00Z", "2027-05-03T10:00:00+01:00", "2027-05-03T10:00:00-05:00",
            "2027-05-03T10:00:00+01:00[Europe/London]", "2027-05-03T10:00:00.000Z", "2027-05-03 10:00", "2027-05-03"})
    void aLocalStartWithAnOffsetOrInAnotherShapeIsRefusedNamingStart(String start) {
        assertThatProblem(http.post("/api/sessions", MANAGER, session(start))).hasStatus(400)
                .hasFieldErrorsOnly("start").hasFieldError("start", "without an offset");
        String series = session(start).replace("}", ",\"frequency\":\"WEEKLY\",\"count\":3}");
        assertThatProblem(http.post("/api/sessions/series", MANAGER, series)).hasStatus(400)
                .hasFieldErrorsOnly("start").hasFieldError("start", "without an offset");
        assertThatProblem(http.post("/api/sessions/s-1/reschedule", MANAGER,
                "{\"start\":\"" + start + "\",\"reason\":\"Room clash\",\"scope\":\"THIS\",\"version\":0}")).hasStatus(400)
                .hasFieldErrorsOnly("start").hasFieldError("start", "without an offset");
        verifyNoInteractions(scheduling);
    }
}
