package uk.nhs.cohortcoach.surveyservice.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.surveyservice.SurveyWebSlice;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Frameworks;

/** {@code /api/frameworks} on its own: who may read and edit, how an edit maps to the domain and back, and what is refused. */
class FrameworkWebTest extends SurveyWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String EDIT = """
            {"name":" Second edition ","version":3,"components":[{"component":"SHARED_PURPOSE_AND_VISION",\
            "title":" Purpose ","statements":[{"id":"s1","text":" We agree ","required":false},{"id":"s2","text":"We act"}]}]}""";

    @Autowired
    private Frameworks frameworks;


    @Test
    void anEditIsMappedTrimmedWithStatementsRequiredAndCommentsAllowedUnlessSaidOtherwise() {
        List<Framework.Component> expected = List.of(new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Purpose",
                List.of(new Framework.Statement("s1", "We agree", false), new Framework.Statement("s2", "We act", true)), true));
        when(frameworks.edit("fw-1", "Second edition", expected, 3L))
                .thenReturn(new Framework("fw-1:v2", "fw-1", 2, "Second edition", expected, false, 0L));

        HttpResponse<String> response = http.put("/api/frameworks/fw-1", MANAGER, EDIT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("number").asInt()).isEqualTo(2);
        assertThat(Http.json(response).path("name").asString()).isEqualTo("Second edition");
        assertThat(Http.json(response).path("components").get(0).path("statements").get(1).path("required").asBoolean()).isTrue();
    }

    @Test
    void theListLeavesOutTheStatements() {
        when(frameworks.all()).thenReturn(List.of(new Framework("fw-1:v1", "fw-1", 1, "First", List.of(), true, 4L)));

        HttpResponse<String> response = http.get("/api/frameworks", Http.bearer("coach-1", Role.COACH));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).get(0).path("version").asLong()).isEqualTo(4);
        assertThat(Http.json(response).get(0).has("components")).isFalse();
    }

    @Test
    void onlyProgrammeManagersEditDecidedBeforeTheBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            assertThat(http.put("/api/frameworks/fw-1", Http.bearer("p-1", role), "not even json").statusCode()).as(role.name())
                    .isEqualTo(403);
        }
        assertThat(http.put("/api/frameworks/fw-1", null, "not even json").statusCode()).isEqualTo(401);
        verifyNoInteractions(frameworks);
    }

    @Test
    void participantsReadNoFrameworksAndNobodyReadsWithoutAToken() {
        String member = Http.bearer("member-1", Role.PARTICIPANT);
        assertThatProblem(http.get("/api/frameworks", member)).hasStatus(403);
        assertThatProblem(http.get("/api/frameworks/fw-1/versions/1", member)).hasStatus(403);
        assertThatProblem(http.get("/api/frameworks", null)).hasStatus(401);
        verifyNoInteractions(frameworks);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        assertThatProblem(http.put("/api/frameworks/fw-1", MANAGER, "{}")).hasStatus(400)
                .hasFieldErrorsOnly("name", "components", "version");
        verifyNoInteractions(frameworks);
    }

    @Test
    void aStatementWithoutTextIsNamedByItsPlaceInTheFramework() {
        String noText = EDIT.replace("\"text\":\"We act\"", "\"text\":\" \"");

        assertThatProblem(http.put("/api/frameworks/fw-1", MANAGER, noText)).hasStatus(400)
                .hasFieldErrorsOnly("components[0].statements[1].text");
        verifyNoInteractions(frameworks);
    }

    @Test
    void aNewFrameworkIsMappedTrimmedAndAnsweredWithItsAddress() {
        List<Framework.Component> expected = List.of(new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Purpose",
                List.of(new Framework.Statement("s1", "We agree", false), new Framework.Statement("s2", "We act", true)), true));
        when(frameworks.create("maturity-2027", "Second edition", expected))
                .thenReturn(new Framework("maturity-2027:v1", "maturity-2027", 1, "Second edition", expected, false, 0L));

        HttpResponse<String> response = http.post("/api/frameworks", MANAGER,
                EDIT.replace("\"version\":3,", "\"frameworkId\":\" maturity-2027 \","));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/frameworks/maturity-2027/versions/1");
        assertThat(Http.json(response).path("number").asInt()).isEqualTo(1);
    }

    @Test
    void aNewFrameworkWithoutAnIdLeavesItToTheDomainAndNamesEveryMissingField() {
        when(frameworks.create(org.mockito.ArgumentMatchers.isNull(), org.mockito.ArgumentMatchers.eq("Second edition"),
                org.mockito.ArgumentMatchers.anyList())).thenReturn(new Framework("second-edition:v1", "second-edition", 1,
                        "Second edition", List.of(), false, 0L));

        assertThat(http.post("/api/frameworks", MANAGER, EDIT.replace("\"version\":3,", "")).statusCode()).isEqualTo(201);
        assertThatProblem(http.post("/api/frameworks", MANAGER, "{}")).hasStatus(400).hasFieldErrorsOnly("name", "components");
    }

    @Test
    void onlyProgrammeManagersCreateFrameworksDecidedBeforeTheBodyIsRead() {
        for (Role role : new Role[] {Role.COACH, Role.PARTICIPANT}) {
            assertThat(http.post("/api/frameworks", Http.bearer("p-1", role), "not even json").statusCode()).as(role.name())
                    .isEqualTo(403);
        }
        assertThat(http.post("/api/frameworks", null, "not even json").statusCode()).isEqualTo(401);
        verifyNoInteractions(frameworks);
    }
}
