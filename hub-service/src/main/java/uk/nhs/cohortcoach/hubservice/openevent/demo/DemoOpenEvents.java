package uk.nhs.cohortcoach.hubservice.openevent.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.hubservice.openevent.EventDetails;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvent;
import uk.nhs.cohortcoach.hubservice.openevent.OpenEvents;
import uk.nhs.cohortcoach.hubservice.openevent.Registrant;
import uk.nhs.cohortcoach.hubservice.openevent.Registration;
import uk.nhs.cohortcoach.hubservice.openevent.RegistrationStatus;
import uk.nhs.cohortcoach.hubservice.openevent.Speaker;
import uk.nhs.cohortcoach.hubservice.openevent.StartRules;
import uk.nhs.cohortcoach.hubservice.registration.Registering;

/**
 * In the {@code demo} profile, once (a marker in {@code demo_data}): an upcoming open event, "Peer learning: equitable
 * elective recovery", about three weeks ahead with 60 places and registrations from 9 member trusts, and a past event
 * with its attendance recorded. Made through the domain's own moves, so the events (and the emails they cause) flow.
 */
@Component
@Profile("demo")
@Order(100) // after the member organisations are seeded
class DemoOpenEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoOpenEvents.class);
    private static final List<String> TRUSTS = List.of("RJ1", "RRK", "R0A", "RR8", "RTH", "RA7", "RGT", "RTD", "RV5");
    private static final List<String> PEOPLE = List.of("Amira Hussain", "Ben Clarke", "Chloe Evans", "Dev Patel", "Ella Morgan",
            "Femi Adeyemi", "Grace O'Neill", "Harry Khan", "Isla Reid", "Jack Turner", "Kiran Shah", "Lucy Walsh", "Mo Ahmed",
            "Nia Roberts", "Oscar Lee", "Priya Nair", "Rory Doyle", "Sara Ali");

    private final MongoTemplate mongo;
    private final OpenEvents events;
    private final Registering registering;

    DemoOpenEvents(MongoTemplate mongo, OpenEvents events, Registering registering) {
        this.mongo = mongo;
        this.events = events;
        this.registering = registering;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            mongo.getCollection("demo_data").insertOne(new Document("_id", "open-events"));
        } catch (DuplicateKeyException | com.mongodb.MongoWriteException alreadyMade) {
            return;
        }
        Instant now = events.now();
        LocalDate inThreeWeeks = StartRules.local(now).toLocalDate().plusWeeks(3);
        OpenEvent upcoming = events.schedule(details("Peer learning: equitable elective recovery",
                "How trusts are recovering elective waiting lists without widening inequalities: what worked, what did not.",
                inThreeWeeks, 60));
        for (int i = 0; i < PEOPLE.size(); i++) {
            registering.register(upcoming.id(), person(i));
        }
        LocalDate fiveDaysAgo = StartRules.local(now).toLocalDate().minusDays(5); // its feedback links still work
        OpenEvent past = events.schedule(details("Peer learning: tackling hypertension in Core20PLUS5 communities",
                "Case-finding and community outreach for high blood pressure in the most deprived areas.", fiveDaysAgo, 40));
        Instant before = past.startsAt().minus(Duration.ofDays(10));
        for (int i = 0; i < 12; i++) {
            registering.registerAsOf(past.id(), person(i + 3), before.plusSeconds(3600L * i));
        }
        List<String> attended = new ArrayList<>();
        List<Registration> confirmed = events.get(past.id()).registrations().stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
        for (int i = 0; i < confirmed.size(); i++) {
            if (i % 4 != 3) {
                attended.add(confirmed.get(i).id());
            }
        }
        events.recordAttendance(past.id(), attended);
        log.info("demo open events made: {} (upcoming), {} (past, {} attended)", upcoming.id(), past.id(), attended.size());
    }

    private static Registrant person(int i) {
        String name = PEOPLE.get(i % PEOPLE.size());
        String email = name.toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.') + "@example.nhs.uk";
        return new Registrant(name, email, TRUSTS.get(i % TRUSTS.size()), i % 3 == 0 ? "Improvement lead" : "Clinical director");
    }

    private static EventDetails details(String title, String summary, LocalDate day, int capacity) {
        Instant start = StartRules.startOf(day.atTime(LocalTime.of(12, 30)));
        return new EventDetails(title, summary, summary + "\n\nA 90-minute online session: two short talks, then questions "
                + "and small-group discussion.", List.of(new Speaker("Dr Sam Okafor", "Deputy Medical Director"),
                new Speaker("Jo Bennett", "Head of Health Inequalities")), start, 90, capacity, "https://teams.microsoft.com/l/meetup-join/demo");
    }
}
