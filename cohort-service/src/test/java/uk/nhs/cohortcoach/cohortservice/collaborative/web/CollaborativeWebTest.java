package uk.nhs.cohortcoach.cohortservice.collaborative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.mockito.ArgumentCaptor;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeChecks;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaboratives;
import uk.nhs.cohortcoach.cohortservice.collaborative.MemberOrganisation;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.problem.JsonInputChecks;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

/** Collaboratives' endpoints on their own: who may write, how requests map to the domain and back, and what is refused. */
class CollaborativeWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String VALID = """
            {"name": " Acute Hospitals Alliance ", "sector": "ACUTE", "ics": "Humber and North Yorkshire",
             "members": [{"odsCode": "RWA", "name": "Hull University Teaching Hospitals"},
                         {"odsCode": "RCB", "name": "York and Scarborough Teaching Hospitals"}],
             "seniorResponsibleOfficer": "Jane Doe",
             "priority": {"area": "Elective waits", "core20": true, "imdEdition": "IMD_2025", "plusGroups": ["Ethnic minority communities"], "clinicalAreas": ["ADULT_HYPERTENSION"]},
             "coachIds": ["coach-1"]}""";

    @Autowired
    private Collaboratives collaboratives;

    @Autowired
    private CollaborativeChecks checks;

    @Test
    void nestedAndListFieldsAreAnsweredInTheOrderTheFormHasThemEachListItemInItsOwnWords() {
        HttpResponse<String> response = http.post("/api/cohorts/cohort-1/collaboratives", MANAGER, """
                {"sector": "ACUTE", "members": [{"name": "No code"}, {"odsCode": "X1"}],
                 "priority": {"area": "", "core20": false, "plusGroups": ["", "%s"]}, "coachIds": [" "]}""".formatted("p".repeat(201)));

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION).hasFieldErrorsInOrder(
                "name", "Enter the collaborative name",
                "members[0].odsCode", "Enter the ODS code of the member organisation",
                "members[1].odsCode", "Enter a trust ODS code in the correct format: R or T then 2 capital letters or digits, like RX1",
                "priority.area", "Enter the priority area",
                "priority.plusGroups[0]", "Enter the PLUS group",
                "priority.plusGroups[1]", "PLUS group must be 200 characters or fewer",
                "coachIds[0]", "Select the coach");
        verifyNoInteractions(collaboratives);
    }

    @Test
    void theServicesOwnRulesComeInTheSameAnswerAsBeanValidationAndTheyAreToldOfTheOtherErrors() {
        when(checks.errors(eq("cohort-1"), isNull(), any(), eq(true)))
                .thenReturn(Map.of("coachIds[0]", "Select a coach from the list", "name", "There is already a collaborative with this name in this cohort"));

        HttpResponse<String> response = http.post("/api/cohorts/cohort-1/collaboratives", MANAGER,
                VALID.replace("\"Elective waits\"", "\"\""));

        assertThatProblem(response).hasStatus(400).hasType(ProblemTypes.VALIDATION)
                .hasFieldErrorsOnly("priority.area", "coachIds[0]", "name")
                .hasFieldError("coachIds[0]", "Select a coach from the list");
        ArgumentCaptor<CollaborativeDetails> draft = ArgumentCaptor.forClass(CollaborativeDetails.class);
        verify(checks).errors(eq("cohort-1"), isNull(), draft.capture(), eq(true));
        assertThat(draft.getValue().name()).isEqualTo("Acute Hospitals Alliance");
        assertThat(draft.getValue().coachIds()).containsExactly("coach-1");
        verifyNoInteractions(collaboratives);
    }

    @Test
    void anUpdateChecksTheRulesAgainstTheCollaborativeItChanges() {
        when(collaboratives.update(eq("col-1"), any(), eq(3L))).thenAnswer(call -> stored("col-1", call.getArgument(1), 4));

        assertThat(http.put("/api/collaboratives/col-1", MANAGER, withVersion(VALID, 3)).statusCode()).isEqualTo(200);

        verify(checks).errors(isNull(), eq("col-1"), any(), eq(false));
    }

    @Test
    void aDeleteIsMappedToTheDomainAndAnswersNoContent() {
        assertThat(http.delete("/api/collaboratives/col-1", MANAGER).statusCode()).isEqualTo(204);

        verify(collaboratives).delete("col-1");
    }


    private static Collaborative stored(String id, CollaborativeDetails details, long version) {
        return Collaborative.of(id, "cohort-1", details, version);
    }

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ", \"version\": " + version + "}";
    }

    @Test
    void anEnrolmentIsMappedToTheDomainWithDefaultsAndAnsweredWithItsAddressVersionAndBody() {
        when(collaboratives.enrol(eq("cohort-1"), any())).thenAnswer(call -> stored("col-1", call.getArgument(1), 0));

        HttpResponse<String> response = http.post("/api/cohorts/cohort-1/collaboratives", MANAGER, VALID);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/collaboratives/col-1");
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        var details = org.mockito.ArgumentCaptor.forClass(CollaborativeDetails.class);
        verify(collaboratives).enrol(eq("cohort-1"), details.capture());
        assertThat(details.getValue().name()).isEqualTo("Acute Hospitals Alliance");
        assertThat(details.getValue().sector()).isEqualTo(Sector.ACUTE);
        assertThat(details.getValue().members()).containsExactly(
                new MemberOrganisation("RWA", "Hull University Teaching Hospitals"),
                new MemberOrganisation("RCB", "York and Scarborough Teaching Hospitals"));
        assertThat(details.getValue().plannedCoachingHours()).as("the default").isZero();
        assertThat(details.getValue().coachIds()).containsExactly("coach-1");
        assertThat(Http.json(response).path("name").asString()).isEqualTo("Acute Hospitals Alliance");
        assertThat(Http.json(response).path("coachIds").get(0).asString()).isEqualTo("coach-1");
    }

    @Test
    void anUpdateCarriesTheVersionReadToTheDomain() {
        when(collaboratives.update(eq("col-1"), any(), eq(2L))).thenAnswer(call -> stored("col-1", call.getArgument(1), 3));

        HttpResponse<String> response = http.put("/api/collaboratives/col-1", MANAGER, withVersion(VALID, 2));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"3\"");
        assertThat(Http.json(response).path("version").asLong()).isEqualTo(3);
    }

    @Test
    void onlyProgrammeManagersEnrolAndChangeDecidedBeforeTheBodyIsRead() {
        for (Role role : List.of(Role.COACH, Role.PARTICIPANT)) {
            String token = Http.bearer("someone-1", role);
            assertThatProblem(http.post("/api/cohorts/cohort-1/collaboratives", token, "not even json"))
                    .as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
            assertThatProblem(http.put("/api/collaboratives/col-1", token, "not even json"))
                    .as(role.name()).hasStatus(403).hasType(ProblemTypes.FORBIDDEN);
        }
        assertThatProblem(http.post("/api/cohorts/cohort-1/collaboratives", null, "not even json")).hasStatus(401);
        assertThatProblem(http.get("/api/collaboratives", null)).hasStatus(401);
        verifyNoInteractions(collaboratives);
    }

    @Test
    void anUpdateWithoutTheVersionReadIsRefusedNamingIt() {
        assertThatProblem(http.put("/api/collaboratives/col-1", MANAGER, VALID)).hasStatus(400).hasFieldError("version", "Enter the version of the record you read");
        verify(collaboratives, never()).update(any(), any(), anyLong());
    }

    @Test
    void refusesAnOdsCodeThatIsNotATrustNamingItsPlaceInTheList() {
        assertThatProblem(http.post("/api/cohorts/cohort-1/collaboratives", MANAGER, VALID.replace("\"RCB\"", "\"XYZ\"")))
                .hasStatus(400).hasType(ProblemTypes.VALIDATION).hasFieldErrorsOnly("members[1].odsCode");
        verifyNoInteractions(collaboratives);
    }

    @Test
    void everyMissingFieldIsNamedInOneAnswer() {
        assertThatProblem(http.post("/api/cohorts/cohort-1/collaboratives", MANAGER, "{\"ics\": \"somewhere\"}"))
                .hasStatus(400).hasFieldErrorsOnly("name", "sector");
        verifyNoInteractions(collaboratives);
    }

    @Test
    void aListIsSortedOnlyByNameSectorOrHours() {
        assertThatProblem(http.get("/api/collaboratives?cohortId=cohort-1&sort=ics", MANAGER)).hasStatus(400).hasFieldError("sort");
        verifyNoInteractions(collaboratives);
    }

    @TestFactory
    Stream<DynamicTest> enrollingRefusesBadJsonBeforeTheDomain() {
        when(collaboratives.enrol(any(), any())).thenAnswer(call -> stored("col-9", call.getArgument(1), 0));
        return JsonInputChecks.post(http, "/api/cohorts/cohort-1/collaboratives", VALID,
                () -> mockingDetails(collaboratives).getInvocations().size()).header("Authorization", MANAGER).dynamicTests();
    }
}
