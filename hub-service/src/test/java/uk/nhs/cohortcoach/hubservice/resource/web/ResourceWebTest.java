package uk.nhs.cohortcoach.hubservice.resource.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import uk.nhs.cohortcoach.hubservice.HubWebSlice;
import uk.nhs.cohortcoach.hubservice.Multipart;
import uk.nhs.cohortcoach.hubservice.resource.Audience;
import uk.nhs.cohortcoach.hubservice.resource.Reader;
import uk.nhs.cohortcoach.hubservice.resource.Readers;
import uk.nhs.cohortcoach.hubservice.resource.Resource;
import uk.nhs.cohortcoach.hubservice.resource.ResourceAttachments;
import uk.nhs.cohortcoach.hubservice.resource.ResourceContent;
import uk.nhs.cohortcoach.hubservice.resource.ResourceKind;
import uk.nhs.cohortcoach.hubservice.resource.Resources;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** {@code /api/resources} as a client sees it: who may call what (before any body), the words of every refusal. */
class ResourceWebTest extends HubWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String COACH = Http.bearer("coach-1", Role.COACH);
    private static final String PARTICIPANT = Http.bearer("participant-1", Role.PARTICIPANT);
    private static final String VALID = """
            {"kind":"BOARD_RESOURCE","title":"Five questions","summary":"For boards","body":"# Hello",
             "links":[{"title":"NHS England","url":"https://www.england.nhs.uk"}],"components":["EMBEDDING_EQUITY"],
             "themes":["CORE20"],"audience":"EVERYONE"}""";

    @Autowired
    Resources resources;

    @Autowired
    ResourceAttachments attachments;

    @Autowired
    Readers readers;

    @BeforeEach
    void reset() {
        Mockito.reset(resources, attachments, readers);
    }

    private static Resource published() {
        ResourceContent content = new ResourceContent(ResourceKind.TOOL, "The equity pause", "A guide", "**Markdown**", List.of(),
                List.of(), List.of(), Audience.EVERYONE, null, null);
        Instant now = Instant.parse("2027-01-10T09:00:00Z");
        return Resource.draft("r-1", content, "<p><strong>Markdown</strong></p>", now).publish(now).resource();
    }

    @Test
    void anyoneBrowsesTheTaxonomyAndTheResourcesWithoutAToken() {
        when(readers.current()).thenReturn(Reader.ANONYMOUS);
        when(resources.browse(any(), any(), any(), any())).thenReturn(new PageImpl<>(List.of(published()), PageRequest.of(0, 20), 1));
        HttpResponse<String> list = http.get("/api/resources?kind=TOOL&q=equity", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.json(list).path("total").asLong()).isEqualTo(1);
        assertThat(Http.json(list).path("items").get(0).has("body")).as("lists never carry the body").isFalse();
        HttpResponse<String> taxonomy = http.get("/api/resources/taxonomy", null);
        assertThat(taxonomy.statusCode()).isEqualTo(200);
        assertThat(taxonomy.body()).contains("\"label\":\"Board resource\"", "\"label\":\"Embedding equity\"",
                "\"label\":\"Hypertension (adults)\"", "\"label\":\"Core20: most deprived 20 %\"");
    }

    @Test
    void theMarkdownIsGivenToProgrammeManagersOnlyTheSanitisedHtmlToEveryone() {
        when(resources.read(anyString(), any())).thenReturn(published());
        when(resources.related(any(), any())).thenReturn(List.of());
        when(readers.current()).thenReturn(Reader.ANONYMOUS);
        HttpResponse<String> anonymous = http.get("/api/resources/r-1", null);
        assertThat(Http.json(anonymous).path("body").isNull()).isTrue();
        assertThat(Http.json(anonymous).path("bodyHtml").asString()).isEqualTo("<p><strong>Markdown</strong></p>");
        when(readers.current()).thenReturn(new Reader("manager-1", true, Set.of()));
        assertThat(Http.json(http.get("/api/resources/r-1", MANAGER)).path("body").asString()).isEqualTo("**Markdown**");
    }

    @Test
    void everyWriteNeedsAProgrammeManagerDecidedBeforeTheBodyIsRead() {
        for (String[] write : new String[][] {{"POST", "/api/resources"}, {"PUT", "/api/resources/r-1"},
                {"POST", "/api/resources/r-1/publish"}, {"POST", "/api/resources/r-1/archive"},
                {"POST", "/api/resources/read-model/rebuild"}}) {
            for (String caller : new String[] {COACH, PARTICIPANT}) {
                assertThatProblem(http.send(write[0], write[1], caller, "{not json")).hasStatus(403);
            }
            assertThatProblem(http.send(write[0], write[1], null, "{not json")).hasStatus(401);
        }
        Multipart file = Multipart.file("file", "a.pdf", "application/pdf", Multipart.pdf(100));
        assertThatProblem(http.request("POST", "/api/resources/r-1/attachments").authorization(COACH).body(file.contentType(), file.body())
                .send()).hasStatus(403);
        assertThatProblem(http.delete("/api/resources/r-1/attachments/a-1", PARTICIPANT)).hasStatus(403);
        assertThatProblem(http.get("/api/resources/manage", COACH)).hasStatus(403);
        assertThatProblem(http.get("/api/resources/manage", null)).hasStatus(401);
        verifyNoInteractions(resources, attachments);
    }

    @Test
    void aResourceWithoutItsRequiredFieldsIsRefusedNamingEachInWords() {
        HttpResponse<String> response = http.post("/api/resources", MANAGER, "{}");
        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsInOrder("kind", "Select the kind of resource", "title", "Enter the title",
                        "audience", "Select who the resource is for");
        verifyNoInteractions(resources);
    }

    @Test
    void unsafeLinksAVideoLinkWithoutHttpsAndAMissingCohortAreRefusedNamingTheirFields() {
        String body = """
                {"kind":"EVENT_RECORDING","title":"Webinar","audience":"COHORT",
                 "links":[{"title":"ok","url":"https://ok.example"},{"title":"bad","url":"javascript:alert(1)"}],
                 "recording":{"videoLink":"http://video.example/1","durationMinutes":0}}""";
        assertThatProblem(http.post("/api/resources", MANAGER, body)).hasStatus(400)
                .hasFieldError("links[1].url", "starts with http:// or https://")
                .hasFieldError("recording.videoLink", "https://")
                .hasFieldError("recording.durationMinutes", "from 1 to 1440")
                .hasFieldError("cohortId", "Select the cohort");
        verifyNoInteractions(resources);
    }

    @Test
    void aTooLongTitleSummaryOrSearchIsRefusedWithItsLimit() {
        String body = VALID.replace("\"Five questions\"", "\"" + "t".repeat(201) + "\"").replace("\"For boards\"",
                "\"" + "s".repeat(501) + "\"");
        assertThatProblem(http.post("/api/resources", MANAGER, body)).hasStatus(400)
                .hasFieldError("title", "Title must be 200 characters or fewer")
                .hasFieldError("summary", "Summary must be 500 characters or fewer");
        assertThatProblem(http.get("/api/resources?q=" + "w".repeat(201), null)).hasStatus(400)
                .hasFieldError("q", "Search words must be 200 characters or fewer");
    }

    @Test
    void aValidResourceIsCreatedAsADraftWithItsAddress() {
        when(resources.create(any(ResourceContent.class), any())).thenAnswer(call -> Resource.draft("new-1",
                call.getArgument(0), "<h1>Hello</h1>", call.getArgument(1)));
        HttpResponse<String> response = http.post("/api/resources", MANAGER, VALID);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/resources/new-1");
        assertThat(Http.json(response).path("status").asString()).isEqualTo("DRAFT");
        assertThat(Http.json(response).path("links").get(0).path("url").asString()).isEqualTo("https://www.england.nhs.uk");
    }

    @Test
    void publishingAndArchivingNeedTheVersion() {
        assertThatProblem(http.post("/api/resources/r-1/publish", MANAGER, "{}")).hasStatus(400).hasFieldError("version");
        assertThatProblem(http.post("/api/resources/r-1/archive", MANAGER, "{}")).hasStatus(400).hasFieldError("version");
        verifyNoInteractions(resources);
    }

    @Test
    void anUploadWithoutAFileIsRefusedNamingTheFile() {
        Multipart other = Multipart.file("document", "a.pdf", "application/pdf", Multipart.pdf(100));
        assertThatProblem(http.request("POST", "/api/resources/r-1/attachments").authorization(MANAGER)
                .body(other.contentType(), other.body()).send()).hasStatus(400).hasFieldError("file", "Select a PDF file");
        verifyNoInteractions(attachments);
    }
}
