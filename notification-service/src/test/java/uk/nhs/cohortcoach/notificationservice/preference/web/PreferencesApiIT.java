package uk.nhs.cohortcoach.notificationservice.preference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.notificationservice.person.Person;
import uk.nhs.cohortcoach.notificationservice.preference.Preference;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;

@PlatformIntegrationTest
class PreferencesApiIT {

    @LocalServerPort
    private int port;
    @Autowired
    private MongoTemplate mongo;

    private Http http;
    private String member;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        member = "p-" + UUID.randomUUID();
        mongo.insert(new Person(member, "Member", "m@example.nhs.uk", Set.of("PARTICIPANT"), List.of()));
    }

    @Test
    void aPersonReadsTheDefaultsAndTurnsTheirOwnRemindersOff() {
        JsonNode before = Http.json(http.send("GET", "/api/preferences/me", Http.bearer(member, Role.PARTICIPANT), null));
        assertThat(before.get("personId").asString()).isEqualTo(member);
        assertThat(before.get("reminders").asBoolean()).isTrue();
        assertThat(before.get("updatedAt").isNull()).isTrue();

        HttpResponse<String> off = http.send("PUT", "/api/preferences/me", Http.bearer(member, Role.PARTICIPANT), "{\"reminders\":false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Http.json(off).get("reminders").asBoolean()).isFalse();
        assertThat(Http.json(off).get("updatedAt").isNull()).isFalse();
        Preference stored = mongo.findById(member, Preference.class);
        assertThat(stored.reminders()).isFalse();
        assertThat(stored.updatedBy()).isEqualTo(member);
        assertThat(Http.json(http.send("GET", "/api/preferences/me", Http.bearer(member, Role.PARTICIPANT), null))
                .get("reminders").asBoolean()).isFalse();
    }

    @Test
    void newResourceEmailIsOffUntilOptedInAndAChangeOfRemindersLeavesItAlone() {
        String token = Http.bearer(member, Role.PARTICIPANT);
        assertThat(Http.json(http.send("GET", "/api/preferences/me", token, null)).get("newResources").asBoolean()).isFalse();

        HttpResponse<String> on = http.send("PUT", "/api/preferences/me/new-resources", token, "{\"newResources\":true}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(Http.json(on).get("newResources").asBoolean()).isTrue();
        assertThat(Http.json(on).get("reminders").asBoolean()).as("reminders stay on by default").isTrue();
        HttpResponse<String> remindersOnly = http.send("PUT", "/api/preferences/me", token, "{\"reminders\":false}");
        assertThat(Http.json(remindersOnly).get("newResources").asBoolean()).as(remindersOnly.body()).isTrue();
        assertThat(mongo.findById(member, Preference.class).newResources()).isTrue();

        http.send("PUT", "/api/preferences/" + member + "/new-resources", Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                "{\"newResources\":false}");
        Preference stored = mongo.findById(member, Preference.class);
        assertThat(stored.newResources()).isFalse();
        assertThat(stored.reminders()).isFalse();
        assertThat(stored.updatedBy()).isEqualTo("mgr");
    }

    @Test
    void aPreferenceStoredBeforeNewResourcesExistedReadsAsOff() {
        mongo.getCollection("preferences").insertOne(new org.bson.Document("_id", member).append("reminders", false));

        JsonNode read = Http.json(http.send("GET", "/api/preferences/me", Http.bearer(member, Role.PARTICIPANT), null));

        assertThat(read.get("reminders").asBoolean()).isFalse();
        assertThat(read.get("newResources").asBoolean()).isFalse();
    }

    @Test
    void aProgrammeManagerReadsAndChangesSomeoneElses() {
        HttpResponse<String> changed = http.send("PUT", "/api/preferences/" + member, Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                "{\"reminders\":false}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(mongo.findById(member, Preference.class).updatedBy()).isEqualTo("mgr");
        JsonNode read = Http.json(http.send("GET", "/api/preferences/" + member, Http.bearer("mgr", Role.PROGRAMME_MANAGER), null));
        assertThat(read.get("reminders").asBoolean()).isFalse();
        assertThatProblem(http.send("GET", "/api/preferences/nobody-" + UUID.randomUUID(), Http.bearer("mgr", Role.PROGRAMME_MANAGER),
                null)).hasStatus(404);
    }

    @TestFactory
    Stream<DynamicTest> changingPreferencesRefusesBadJson() {
        String person = "p-" + UUID.randomUUID();
        return JsonInputChecks.update("PUT", http().uri("/api/preferences/me"), "{\"reminders\":false}",
                        () -> mongo.count(Query.query(Criteria.where("_id").is(person)), Preference.class))
                .validBodyStores(1).header("Authorization", Http.bearer(person, Role.PARTICIPANT)).dynamicTests();
    }

    private Http http() {
        return new Http(port);
    }
}
