package uk.nhs.cohortcoach.coachingservice.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.nhs.cohortcoach.coachingservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.coachingservice.session.SessionType;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/** "Add to calendar": one session as an .ics file, for those invited to it (and staff who may read it), nobody else. */
@PlatformIntegrationTest
class SessionCalendarIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate SUMMER = LocalDate.of(LocalDate.now(LONDON).getYear() + 1, 7, 1);

    @LocalServerPort
    private int port;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void anInvitedMemberGetsTheSessionInLondonTimeWithNobodysNameAndAnyoneElseGetsNotFound() throws Exception {
        String coach = "coach-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        String teammate = "teammate-" + UUID.randomUUID();
        String collaborative = "collaborative-" + UUID.randomUUID();
        mongo.save(new CollaborativeView(collaborative, "cohort-1", "Joined Up Care Derbyshire", List.of(coach), 20));
        ZonedDateTime start = ZonedDateTime.of(SUMMER, LocalTime.of(10, 0), LONDON);
        Session session = mongo.insert(new Session(UUID.randomUUID().toString(), "cohort-1", collaborative, coach,
                SessionType.TEAM_COACHING, "Team coaching: flow", start.toInstant(), start.plusMinutes(90).toInstant(),
                Session.LONDON, "Board room, Derby", null, List.of(member, teammate), null, SessionStatus.SCHEDULED, null, 0,
                null, null, null, null, List.of()));
        Http http = new Http(port);
        String path = "/api/sessions/" + session.id() + "/calendar";

        HttpResponse<String> ics = http.get(path, bearer(member, Role.PARTICIPANT));

        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        assertThat(event.getProperty("UID").map(Property::getValue)).hasValue(session.id() + "@cohort-coach");
        assertThat(event.getProperty("SUMMARY").map(Property::getValue)).hasValue("Team coaching: flow");
        assertThat(ics.body()).contains("DTSTART;TZID=Europe/London:" + SUMMER.toString().replace("-", "") + "T100000")
                .doesNotContain(member).doesNotContain(teammate).doesNotContain(coach).doesNotContain("ATTENDEE");

        assertThat(http.get(path, bearer(coach, Role.COACH)).statusCode()).isEqualTo(200);
        assertThatProblem(http.get(path, bearer("outsider-" + UUID.randomUUID(), Role.PARTICIPANT))).hasStatus(404);
        assertThatProblem(http.get("/api/sessions/no-such-session/calendar", bearer(member, Role.PARTICIPANT))).hasStatus(404);
        assertThat(http.get(path, null).statusCode()).isEqualTo(401);
    }

    private static String bearer(String personId, Role role) {
        return "Bearer " + TestTokens.forRoles(personId, role);
    }
}
