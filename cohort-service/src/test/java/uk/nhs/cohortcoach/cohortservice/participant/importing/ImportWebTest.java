package uk.nhs.cohortcoach.cohortservice.participant.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.cohortcoach.cohortservice.CohortWebSlice;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;

/** The team upload on its own: who may upload, how the file reaches the import, and which files are refused unread. */
class ImportWebTest extends CohortWebSlice {

    private static final String MANAGER = Http.bearer("manager-1", Role.PROGRAMME_MANAGER);
    private static final String IMPORT = "/api/collaboratives/col-1/participants/import";
    private static final String HEADER = "name,email,job_title,organisation_ods_code,leadership_role\n";

    @Autowired
    private ParticipantImport imports;


    private HttpResponse<String> upload(String authorization, byte[] csv) {
        return http.request("POST", IMPORT).authorization(authorization).body("text/csv", csv).send();
    }

    @Test
    void theFileReachesTheImportAsTextAndItsReportIsTheAnswer() {
        String csv = HEADER + "Ada Lovelace,ada@example.org,,,chair\n";
        when(imports.run("col-1", csv)).thenReturn(ImportReport.of(List.of(
                ImportReport.RowResult.of(2, ImportReport.Status.CREATED, "p-1"))));

        HttpResponse<String> response = upload(MANAGER, csv.getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response).path("created").asInt()).isEqualTo(1);
        assertThat(Http.json(response).path("rows").get(0).path("personId").asString()).isEqualTo("p-1");
    }

    @Test
    void onlyProgrammeManagersUploadDecidedBeforeTheFileIsRead() {
        for (Role role : List.of(Role.COACH, Role.PARTICIPANT)) {
            assertThatProblem(upload(Http.bearer("someone-1", role), HEADER.getBytes(StandardCharsets.UTF_8)))
                    .as(role.name()).hasStatus(403);
        }
        assertThatProblem(upload(null, HEADER.getBytes(StandardCharsets.UTF_8))).hasStatus(401);
        verifyNoInteractions(imports);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheFile() {
        byte[] latin1 = (HEADER + "Zoë,zoe@example.org,,,chair\n").getBytes(StandardCharsets.ISO_8859_1);

        assertThatProblem(upload(MANAGER, latin1)).hasStatus(400).hasFieldErrorsOnly("file");
        verifyNoInteractions(imports);
    }

    @Test
    void aFileOverFiveMegabytesIsRefused() {
        byte[] large = new byte[ImportController.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        assertThatProblem(upload(MANAGER, large)).hasStatus(413);
        verifyNoInteractions(imports);
    }
}
