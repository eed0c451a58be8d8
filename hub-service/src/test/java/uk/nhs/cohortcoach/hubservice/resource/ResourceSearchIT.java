package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.CohortEvents;
import uk.nhs.cohortcoach.hubservice.membership.CohortMembership;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/**
 * Search and browse through the running service: ranking properties on generated corpora, stemming, paging, and an
 * adversary who tries every role and audience to see what is not theirs.
 */
@PlatformIntegrationTest
class ResourceSearchIT {

    private static final List<String> FILLER = List.of("improvement", "collaborative", "waiting", "list", "patients", "trust",
            "clinical", "review", "pathway", "outcomes", "data", "quality", "service", "community", "leadership", "plan",
            "culture", "measure", "change", "team", "support", "access", "capacity", "teaching", "hospital", "practice");

    @LocalServerPort
    int port;

    @Autowired
    CohortMembership membership;

    private Http http;
    private ResourceApi api;

    @BeforeEach
    void client() {
        http = new Http(port);
        api = new ResourceApi(http);
    }

    /** A made-up word no other test writes, which the analyser keeps as it is. */
    private static String marker(Random random) {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('b' + random.nextInt(20)));
        }
        return word.append("x").toString();
    }

    private static String words(Random random, int count) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(FILLER.get(random.nextInt(FILLER.size())));
        }
        return String.join(" ", words);
    }

    private HttpResponse<String> search(String query, String authorization, String more) {
        return http.get("/api/resources?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + more, authorization);
    }

    @Test
    void aTitleHitOutranksABodyOnlyHitOfTheSameTermInEveryGeneratedCorpus() {
        Random random = new Random(2027);
        for (int round = 0; round < 6; round++) {
            String term = marker(random);
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
            java.util.Collections.shuffle(order, random); // the order they are published in must not matter
            Map<Integer, String> ids = new LinkedHashMap<>();
            for (int which : order) {
                String title = words(random, 2 + random.nextInt(6));
                String body = words(random, 20 + random.nextInt(300));
                switch (which) {
                    case 0 -> title = title + " " + term;
                    case 1 -> body = body + " " + term + " " + words(random, random.nextInt(40));
                    default -> { } // distractors without the term
                }
                ids.put(which, api.published(ResourceApi.resource(title, words(random, 5 + random.nextInt(20)), body, "EVERYONE",
                        null)).path("id").asString());
            }
            List<String> found = ResourceApi.ids(search(term, null, ""));
            assertThat(found).as("round %d, term %s", round, term).containsExactly(ids.get(0), ids.get(1));
        }
    }

    @Test
    void aWordFindsTheOtherFormsOfItAndStopWordsAloneFindNothing() {
        String marker = marker(new Random(11));
        String equity = api.published(ResourceApi.resource("Embedding " + marker, "About equity in waiting lists", "Body",
                "EVERYONE", null)).path("id").asString();
        String equitable = api.published(ResourceApi.resource("Prioritising " + marker, "Summary", "Making waits more equitable",
                "EVERYONE", null)).path("id").asString();
        assertThat(ResourceApi.ids(search("equitable " + marker, null, ""))).contains(equity, equitable);
        assertThat(ResourceApi.ids(search("equity", null, "&size=100"))).contains(equity, equitable);
        assertThat(ResourceApi.ids(search("the and of", null, ""))).isEmpty();
    }

    @Test
    void searchResultsComeInPagesThatTogetherHoldEveryHitOnce() {
        Random random = new Random(5);
        String term = marker(random);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            created.add(api.published(ResourceApi.resource(words(random, 4), "Summary " + (i % 3 == 0 ? term : ""),
                    words(random, 30) + " " + (term + " ").repeat(1 + random.nextInt(4)), "EVERYONE", null)).path("id").asString());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            HttpResponse<String> response = search(term, null, "&page=" + page + "&size=10");
            JsonNode json = Http.json(response);
            assertThat(json.path("total").asLong()).isEqualTo(23);
            assertThat(json.path("page").asInt()).isEqualTo(page);
            assertThat(json.path("size").asInt()).isEqualTo(10);
            seen.addAll(ResourceApi.ids(response));
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(ResourceApi.ids(search(term, null, "&page=3&size=10"))).isEmpty();
    }

    @Test
    void browsingWithoutWordsListsTheNewestPublishedFirst() {
        for (int i = 0; i < 3; i++) {
            api.published(ResourceApi.resource("Newest " + i, "S", "", "EVERYONE", null));
        }
        List<JsonNode> items = Http.json(http.get("/api/resources?size=50", null)).path("items").valueStream().toList();
        List<String> times = items.stream().map(item -> item.path("publishedAt").asString()).toList();
        List<String> sorted = new ArrayList<>(times);
        sorted.sort(java.util.Comparator.comparing(java.time.Instant::parse).reversed());
        assertThat(times).isEqualTo(sorted);
    }

    /**
     * An adversary tries every role against resources of every audience in every state: a search, a browse (every
     * page), a browse filtered by kind, and a direct read must each show exactly what the audience rules allow, and the
     * totals must not give away how many hidden ones there are.
     */
    @Test
    void noReaderEverSeesADraftAnArchivedResourceOrOneOutsideTheirAudience() {
        String cohort = "cohort-" + UUID.randomUUID();
        String otherCohort = "cohort-" + UUID.randomUUID();
        String coach = "coach-" + UUID.randomUUID();
        String participant = "participant-" + UUID.randomUUID();
        String outsider = "participant-" + UUID.randomUUID();
        CohortEvents.enrolled("collaborative-" + UUID.randomUUID(), cohort, coach);
        String team = "collaborative-" + UUID.randomUUID();
        CohortEvents.enrolled(team, cohort);
        CohortEvents.joined(participant, team, cohort);
        String otherTeam = "collaborative-" + UUID.randomUUID();
        CohortEvents.enrolled(otherTeam, otherCohort);
        CohortEvents.joined(outsider, otherTeam, otherCohort);
        await().atMost(Duration.ofSeconds(30)).until(() -> membership.cohortsOf(participant).contains(cohort)
                && membership.cohortsOf(coach).contains(cohort) && membership.cohortsOf(outsider).contains(otherCohort));

        String term = marker(new Random(99));
        Map<String, String> byKey = new LinkedHashMap<>(); // "AUDIENCE/STATUS" -> id
        for (String audience : List.of("EVERYONE", "MEMBERS", "COHORT")) {
            for (String status : List.of("DRAFT", "PUBLISHED", "ARCHIVED")) {
                Map<String, Object> fields = ResourceApi.resource(term + " " + audience + " " + status, "Summary", "Body " + term,
                        audience, audience.equals("COHORT") ? cohort : null);
                fields.put("kind", "CASE_STUDY");
                JsonNode draft = api.draft(fields);
                String id = draft.path("id").asString();
                if (!status.equals("DRAFT")) {
                    JsonNode published = api.publish(id, draft.path("version").asLong());
                    if (status.equals("ARCHIVED")) {
                        api.archive(id, published.path("version").asLong());
                    }
                }
                byKey.put(audience + "/" + status, id);
            }
        }
        Map<String, String> readers = new LinkedHashMap<>();
        readers.put("nobody signed in", null);
        readers.put("a member of no cohort", Http.bearer("member-" + UUID.randomUUID(), Role.PARTICIPANT));
        readers.put("a coach of no collaborative", Http.bearer("coach-" + UUID.randomUUID(), Role.COACH));
        readers.put("the cohort's coach", Http.bearer(coach, Role.COACH));
        readers.put("a participant of the cohort", Http.bearer(participant, Role.PARTICIPANT));
        readers.put("a participant of another cohort", Http.bearer(outsider, Role.PARTICIPANT));
        readers.put("a programme manager", ResourceApi.MANAGER);
        Map<String, Set<String>> allowed = Map.of(
                "nobody signed in", Set.of("EVERYONE"),
                "a member of no cohort", Set.of("EVERYONE", "MEMBERS"),
                "a coach of no collaborative", Set.of("EVERYONE", "MEMBERS"),
                "the cohort's coach", Set.of("EVERYONE", "MEMBERS", "COHORT"),
                "a participant of the cohort", Set.of("EVERYONE", "MEMBERS", "COHORT"),
                "a participant of another cohort", Set.of("EVERYONE", "MEMBERS"),
                "a programme manager", Set.of("EVERYONE", "MEMBERS", "COHORT"));

        readers.forEach((who, authorization) -> {
            Set<String> listable = new HashSet<>();
            allowed.get(who).forEach(audience -> listable.add(byKey.get(audience + "/PUBLISHED")));
            HttpResponse<String> searched = search(term, authorization, "&size=100");
            assertThat(ResourceApi.ids(searched)).as(who + " searching").containsExactlyInAnyOrderElementsOf(listable);
            assertThat(Http.json(searched).path("total").asLong()).as(who + " total").isEqualTo(listable.size());

            Set<String> browsed = new HashSet<>();
            for (int page = 0; ; page++) {
                List<String> ids = ResourceApi.ids(http.get("/api/resources?kind=CASE_STUDY&size=100&page=" + page, authorization));
                if (ids.isEmpty()) {
                    break;
                }
                browsed.addAll(ids);
            }
            browsed.retainAll(byKey.values());
            assertThat(browsed).as(who + " browsing").containsExactlyInAnyOrderElementsOf(listable);

            byKey.forEach((key, id) -> {
                boolean readable = who.equals("a programme manager") || listable.contains(id);
                HttpResponse<String> read = http.get("/api/resources/" + id, authorization);
                assertThat(read.statusCode()).as(who + " reading " + key).isEqualTo(readable ? 200 : 404);
                if (readable) {
                    assertThat(Http.json(read).path("related").valueStream().map(r -> r.path("id").asString()).toList())
                            .as(who + ": related resources of " + key).allSatisfy(related -> assertThat(
                                    byKey.containsValue(related) ? listable.contains(related) : true).isTrue());
                }
            });
        });
    }
}
