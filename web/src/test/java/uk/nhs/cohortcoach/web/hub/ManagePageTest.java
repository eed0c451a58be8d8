package uk.nhs.cohortcoach.web.hub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.cohortcoach.web.Pages.as;
import static uk.nhs.cohortcoach.web.Pages.bearer;
import static uk.nhs.cohortcoach.web.Pages.coach;
import static uk.nhs.cohortcoach.web.Pages.csrf;
import static uk.nhs.cohortcoach.web.Pages.flash;
import static uk.nhs.cohortcoach.web.Pages.manager;
import static uk.nhs.cohortcoach.web.StubbedPlatform.API;
import static uk.nhs.cohortcoach.web.hub.HubStubs.json;
import static uk.nhs.cohortcoach.web.hub.HubStubs.problem;

import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;
import uk.nhs.cohortcoach.web.PageTest;
import uk.nhs.cohortcoach.web.StubbedPlatform;
import uk.nhs.cohortcoach.web.kept.KeptForm;

/** A programme manager's hub pages: every resource, the resource form, files, publish and archive; nobody else's. */
@PageTest
class ManagePageTest {

    /** web's kept forms (package {@code kept}'s collection). */
    private static final String KEPT = "kept_forms";

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void stubs() {
        StubbedPlatform.reset();
        mongo.dropCollection(KEPT);
        HubStubs.taxonomy();
        HubStubs.cohorts();
        API.stubFor(WireMock.get(urlEqualTo("/api/resources/r1")).willReturn(json(HubStubs.resource("r1", "BOARD_RESOURCE", "Board pack", "DRAFT"))));
    }

    @Test
    void theManagersListHasEveryStatusWithLinksToChangeEach() throws Exception {
        API.stubFor(WireMock.get(urlPathEqualTo("/api/resources/manage")).willReturn(json("""
                {"items":[{"id":"r1","kind":"BOARD_RESOURCE","title":"<em>Board</em> pack","summary":"s","components":[],"themes":[],
                           "audience":"EVERYONE","publishedAt":null,"status":"DRAFT","updatedAt":"2026-11-03T10:00:00Z"},
                          {"id":"r2","kind":"TOOL","title":"Cards","summary":"s","components":[],"themes":[],"audience":"MEMBERS",
                           "publishedAt":"2026-11-01T10:00:00Z","status":"ARCHIVED","updatedAt":"2026-11-04T10:00:00Z"}]}""")));

        String html = mvc.perform(get("/hub/manage").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a class=\"govuk-link\" href=\"/hub/resources/r1/edit\">&lt;em&gt;Board&lt;/em&gt; pack</a>")
                .contains(">Draft</strong>").contains(">Archived</strong>").contains("3 November 2026")
                .contains("href=\"/hub/resources/new\"");
    }

    @Test
    void aCoachAMemberAndSomeoneSignedOutCannotReachTheManagersPages() throws Exception {
        for (String page : List.of("/hub/manage", "/hub/resources/new", "/hub/resources/r1/edit", "/hub/insights/new?cohortId=c2",
                "/hub/resources/r1/attachments/a1/remove")) {
            assertThat(mvc.perform(get(page).with(coach())).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString())
                    .as(page).contains("You cannot see this page");
            mvc.perform(get(page).with(as("member-1", Role.PARTICIPANT))).andExpect(status().isForbidden());
            mvc.perform(get(page)).andExpect(status().isFound());
        }
        for (String action : List.of("/hub/resources", "/hub/resources/r1/edit", "/hub/resources/r1/publish", "/hub/resources/r1/archive",
                "/hub/resources/r1/attachments/a1/remove", "/hub/insights/c2")) {
            mvc.perform(post(action).with(coach()).with(csrf()).param("title", "x")).andExpect(status().isForbidden());
        }
        API.verify(0, WireMock.anyRequestedFor(urlPathEqualTo("/api/resources/manage")));
        API.verify(0, postRequestedFor(anyUrl()));
        API.verify(0, putRequestedFor(anyUrl()));
    }

    @Test
    void theNewResourceFormHasEveryFieldWithoutJavaScript() throws Exception {
        String html = mvc.perform(get("/hub/resources/new").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<form method=\"post\" action=\"/hub/resources\" id=\"resource-form\" novalidate>")
                .contains("name=\"_csrf\"")
                .contains("id=\"kind\" name=\"kind\" type=\"radio\" value=\"BOARD_RESOURCE\"")
                .contains("name=\"recording.videoLink\"").contains("name=\"recording.durationMinutes\"")
                .contains("govuk-radios__conditional govuk-radios__conditional--hidden") // revealed by JavaScript, shown when checked without
                .contains("id=\"title\"").contains("id=\"summary\"").contains("id=\"body\"").contains("You can use Markdown")
                .contains("name=\"links[0].title\"").contains("name=\"links[0].url\"")
                .contains("id=\"components\" name=\"components\" type=\"checkbox\" value=\"SHARED_PURPOSE_AND_VISION\"")
                .contains("Equity themes: Clinical areas").contains("Equity themes: Population groups")
                .contains("id=\"themes-group-2\" name=\"themes\" type=\"checkbox\" value=\"CORE20\"")
                .contains("name=\"audience\" type=\"radio\" value=\"COHORT\"")
                .contains("<option value=\"c2\">Phase 2</option>");
        assertThat(html.indexOf(">Save as draft</button>")).as("Enter saves: the first button").isPositive()
                .isLessThan(html.indexOf(">Add another link</button>"));
    }

    @Test
    void aCreatedResourceIsSentAsTypedAndTheManagerGoesToItsEditPageWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources")).willReturn(json(HubStubs.resource("r7", "EVENT_RECORDING", "Webinar", "DRAFT"))
                .withStatus(201)));

        MvcResult created = mvc.perform(post("/hub/resources").with(manager()).with(csrf()).param("kind", "EVENT_RECORDING")
                        .param("recording.videoLink", "https://video.example.org/1").param("recording.durationMinutes", "60")
                        .param("title", " Webinar ").param("summary", "The recording").param("body", "## Notes")
                        .param("links[0].title", "").param("links[0].url", "")
                        .param("links[1].title", "Slides").param("links[1].url", "https://example.org/slides")
                        .param("components", "EMBEDDING_EQUITY", "PEOPLE_AND_CULTURE").param("themes", "CORE20")
                        .param("audience", "COHORT").param("cohortId", "c2"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/r7/edit")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/resources")).withRequestBody(equalToJson("""
                {"kind":"EVENT_RECORDING","title":"Webinar","summary":"The recording","body":"## Notes",
                 "links":[{"title":"Slides","url":"https://example.org/slides"}],
                 "components":["EMBEDDING_EQUITY","PEOPLE_AND_CULTURE"],"themes":["CORE20"],"audience":"COHORT","cohortId":"c2",
                 "recording":{"videoLink":"https://video.example.org/1","durationMinutes":60}}""")));
        assertThat(flash(created)).isEqualTo("Webinar saved as a draft");
    }

    @Test
    void hiddenAnswersAreNotSentTheRecordingOfAnotherKindNorTheCohortOfAnotherAudience() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources")).willReturn(json(HubStubs.resource("r8", "TOOL", "Cards", "DRAFT")).withStatus(201)));

        mvc.perform(post("/hub/resources").with(manager()).with(csrf()).param("kind", "TOOL")
                        .param("recording.videoLink", "https://video.example.org/1").param("recording.durationMinutes", "x")
                        .param("title", "Cards").param("summary", "s").param("body", "b").param("audience", "MEMBERS").param("cohortId", "c2"))
                .andExpect(status().isFound());

        API.verify(postRequestedFor(urlEqualTo("/api/resources")).withRequestBody(equalToJson("""
                {"kind":"TOOL","title":"Cards","summary":"s","body":"b","links":[],"components":[],"themes":[],"audience":"MEMBERS"}""")));
    }

    @Test
    void hubServicesRefusalsAreShownInFormOrderOnTheirFieldsWithEverythingTypedKept() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"detail":"The request has invalid values.",
                 "errors":[{"field":"links[0].url","message":"Enter an address that starts with https://"},
                           {"field":"title","message":"Enter a title"},
                           {"field":"cohortId","message":"Choose the cohort"}]}""")));

        String html = mvc.perform(post("/hub/resources").with(manager()).with(csrf()).param("kind", "CASE_STUDY").param("title", "")
                        .param("summary", "A <summary> kept").param("body", "Body typed")
                        .param("links[0].title", "").param("links[0].url", "")
                        .param("links[1].title", "Guide").param("links[1].url", "ftp://example.org")
                        .param("themes", "PLUS_COASTAL_RURAL").param("audience", "COHORT"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>Error: Create a resource – Cohort Coach</title>");
        int title = html.indexOf("<a href=\"#title\">Enter a title</a>");
        int link = html.indexOf("<a href=\"#links-1-url\">Enter an address that starts with https://</a>"); // the row shown, not the row sent
        int cohort = html.indexOf("<a href=\"#cohortId\">Choose the cohort</a>");
        assertThat(title).isPositive().isLessThan(link);
        assertThat(link).isLessThan(cohort);
        assertThat(html).contains("A &lt;summary&gt; kept</textarea>").contains("Body typed</textarea>").contains("value=\"ftp://example.org\"")
                .contains("value=\"PLUS_COASTAL_RURAL\" checked").contains("value=\"COHORT\" checked")
                .contains("<p id=\"links-1-url-error\" class=\"govuk-error-message\">");
    }

    @Test
    void aLengthThatIsNotANumberIsRefusedBeforeHubServiceIsAsked() throws Exception {
        String html = mvc.perform(post("/hub/resources").with(manager()).with(csrf()).param("kind", "EVENT_RECORDING")
                        .param("recording.durationMinutes", "an hour").param("title", "Webinar"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#recording-durationMinutes\">Length must be a whole number of minutes, like 45</a>")
                .contains("value=\"an hour\"")
                .contains("govuk-radios__conditional\" id=\"conditional-kind-2\""); // shown without JavaScript: its kind is checked
        API.verify(0, postRequestedFor(urlEqualTo("/api/resources")));
    }

    @Test
    void addAnotherLinkShowsTheFormAgainWithOneMoreRowAndSavesNothing() throws Exception {
        String html = mvc.perform(post("/hub/resources").with(manager()).with(csrf()).param("title", "Typed")
                        .param("links[0].title", "One").param("links[0].url", "https://example.org/1").param("addLink", "link"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("name=\"links[1].url\"").doesNotContain("name=\"links[2].url\"").contains("value=\"Typed\"")
                .doesNotContain("govuk-error-summary");
        API.verify(0, postRequestedFor(urlEqualTo("/api/resources")));
    }

    @Test
    void theEditFormShowsTheResourceAsItIsAndSavesWithItsVersion() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/resources/r1")).willReturn(json(HubStubs.resource("r1", "BOARD_RESOURCE", "Board pack 2", "DRAFT"))));

        String page = mvc.perform(get("/hub/resources/r1/edit").with(manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<input type=\"hidden\" name=\"version\" value=\"4\">").contains("## Questions")
                .contains("value=\"NHS England: Core20PLUS5\"").contains("name=\"links[2].title\"") // its links and one empty row
                .contains("board-pack.pdf").contains("PDF, 1.2 MB").contains("href=\"/hub/resources/r1/attachments/a1/remove\"")
                .contains("enctype=\"multipart/form-data\"").contains("action=\"/hub/resources/r1/publish\"").contains(">Publish</button>");

        MvcResult saved = mvc.perform(post("/hub/resources/r1/edit").with(manager()).with(csrf()).param("version", "4").param("kind", "BOARD_RESOURCE")
                        .param("title", "Board pack 2").param("summary", "s").param("body", "b").param("audience", "EVERYONE"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/r1/edit")).andReturn();
        API.verify(putRequestedFor(urlEqualTo("/api/resources/r1")).withRequestBody(equalToJson("""
                {"kind":"BOARD_RESOURCE","title":"Board pack 2","summary":"s","body":"b","links":[],"components":[],"themes":[],
                 "audience":"EVERYONE","version":4}""")));
        assertThat(flash(saved)).isEqualTo("Changes to Board pack 2 saved");
    }

    @Test
    void aStaleVersionIsExplainedOnTheFormWithWhatWasTyped() throws Exception {
        API.stubFor(WireMock.put(urlEqualTo("/api/resources/r1")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"Someone else changed this resource. Reload it and make your changes again."}""")));

        String html = mvc.perform(post("/hub/resources/r1/edit").with(manager()).with(csrf()).param("version", "3").param("title", "Mine"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Someone else changed this resource. Reload it and make your changes again.</a>")
                .contains("value=\"Mine\"");
    }

    @Test
    void publishingAndArchivingSendTheVersionAndComeBackWithABanner() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources/r1/publish")).willReturn(json(HubStubs.resource("r1", "BOARD_RESOURCE", "Board pack", "PUBLISHED"))));
        API.stubFor(WireMock.post(urlEqualTo("/api/resources/r1/archive")).willReturn(json(HubStubs.resource("r1", "BOARD_RESOURCE", "Board pack", "ARCHIVED"))));

        MvcResult published = mvc.perform(post("/hub/resources/r1/publish").with(manager()).with(csrf()).param("version", "4"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/r1/edit")).andReturn();
        MvcResult archived = mvc.perform(post("/hub/resources/r1/archive").with(manager()).with(csrf()).param("version", "5"))
                .andExpect(status().isFound()).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/resources/r1/publish")).withRequestBody(equalToJson("{\"version\":4}")));
        API.verify(postRequestedFor(urlEqualTo("/api/resources/r1/archive")).withRequestBody(equalToJson("{\"version\":5}")));
        assertThat(flash(published)).isEqualTo("Board pack published");
        assertThat(flash(archived)).isEqualTo("Board pack archived");
    }

    @Test
    void aPublishRefusedBecauseSomeoneChangedItMeanwhileIsExplainedOnTheEditPage() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources/r1/publish")).willReturn(problem(409, """
                {"title":"Conflict","status":409,"detail":"Someone else changed this resource. Check it and publish it again."}""")));

        String html = mvc.perform(post("/hub/resources/r1/publish").with(manager()).with(csrf()).param("version", "3"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<a href=\"#main-content\">Someone else changed this resource. Check it and publish it again.</a>")
                .contains("<input type=\"hidden\" name=\"version\" value=\"4\">") // the version as it now is, to try again
                .contains("action=\"/hub/resources/r1/publish\"");
        API.verify(postRequestedFor(urlEqualTo("/api/resources/r1/publish")).withRequestBody(equalToJson("{\"version\":3}")));
    }

    @Test
    void aPdfIsForwardedToHubServiceAsTheFilePart() throws Exception {
        API.stubFor(WireMock.post(urlEqualTo("/api/resources/r1/attachments")).willReturn(json("""
                {"id":"a2","fileName":"plan.pdf","contentType":"application/pdf","size":9}""").withStatus(201)));
        MockMultipartFile pdf = new MockMultipartFile("file", "plan.pdf", "application/pdf", "%PDF-1.7\n".getBytes());

        MvcResult uploaded = mvc.perform(multipart("/hub/resources/r1/attachments").file(pdf).with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/r1/edit")).andReturn();

        API.verify(postRequestedFor(urlEqualTo("/api/resources/r1/attachments"))
                .withHeader("Content-Type", WireMock.containing("multipart/form-data"))
                .withRequestBodyPart(WireMock.aMultipart().withName("file").withBody(equalTo("%PDF-1.7\n")).build()));
        assertThat(flash(uploaded)).isEqualTo("plan.pdf uploaded");
    }

    @Test
    void aFileThatIsNotAPdfOrThatHubServiceRefusesIsAnErrorOnTheUpload() throws Exception {
        String notPdf = mvc.perform(multipart("/hub/resources/r1/attachments")
                        .file(new MockMultipartFile("file", "notes.docx", "application/msword", "PK".getBytes())).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(notPdf).contains("<a href=\"#file\">The selected file must be a PDF</a>");
        API.verify(0, postRequestedFor(urlEqualTo("/api/resources/r1/attachments")));

        String none = mvc.perform(multipart("/hub/resources/r1/attachments").with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("<a href=\"#file\">Select a PDF file</a>");

        API.stubFor(WireMock.post(urlEqualTo("/api/resources/r1/attachments")).willReturn(problem(400, """
                {"title":"Invalid request","status":400,"errors":[{"field":"file","message":"The selected file must be a PDF"}]}""")));
        String refused = mvc.perform(multipart("/hub/resources/r1/attachments")
                        .file(new MockMultipartFile("file", "fake.pdf", "application/pdf", "not a pdf".getBytes())).with(manager()).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<p id=\"file-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> The selected file must be a PDF</p>");
    }

    @Test
    void removingAFileAsksFirstThenRemovesIt() throws Exception {
        API.stubFor(WireMock.delete(urlEqualTo("/api/resources/r1/attachments/a1")).willReturn(aResponse().withStatus(204)));

        String confirm = mvc.perform(get("/hub/resources/r1/attachments/a1/remove").with(manager()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Are you sure you want to remove board-pack.pdf from Board pack?")
                .contains("action=\"/hub/resources/r1/attachments/a1/remove\"");
        API.verify(0, deleteRequestedFor(anyUrl()));

        MvcResult removed = mvc.perform(post("/hub/resources/r1/attachments/a1/remove").with(manager()).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/hub/resources/r1/edit")).andReturn();
        API.verify(deleteRequestedFor(urlEqualTo("/api/resources/r1/attachments/a1")));
        assertThat(flash(removed)).isEqualTo("board-pack.pdf removed");
        mvc.perform(get("/hub/resources/r1/attachments/nope/remove").with(manager())).andExpect(status().isNotFound());
    }

    @Test
    void aFormPostedAfterTheSignInExpiredIsKeptWithEveryFieldIncludingEachTickedBox() throws Exception {
        String location = mvc.perform(post("/hub/resources").with(bearer(TestTokens.expired("manager-1", Role.PROGRAMME_MANAGER))).with(csrf())
                        .param("kind", "TOOL").param("title", "Typed <title>").param("components", "EMBEDDING_EQUITY", "PEOPLE_AND_CULTURE"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).startsWith("/sign-in?kept=");
        assertThat(mongo.findAll(KeptForm.class, KEPT)).singleElement().satisfies(kept -> {
            assertThat(kept.action()).isEqualTo("/hub/resources");
            assertThat(kept.fields()).contains(new KeptForm.Field("title", "Typed <title>"),
                    new KeptForm.Field("components", "EMBEDDING_EQUITY"), new KeptForm.Field("components", "PEOPLE_AND_CULTURE"));
        });
        API.verify(0, postRequestedFor(urlEqualTo("/api/resources")));
    }
}
