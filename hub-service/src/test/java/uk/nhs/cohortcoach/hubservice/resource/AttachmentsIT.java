package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.cohortcoach.platform.test.problem.ProblemAssertions.assertThatProblem;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.nhs.cohortcoach.hubservice.Multipart;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.Http;
import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;

/** PDF attachments kept in GridFS on the Mongo wire server: checked by content, limited in size, read by the audience. */
@PlatformIntegrationTest
class AttachmentsIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private Http http;
    private ResourceApi api;

    @BeforeEach
    void client() {
        http = new Http(port);
        api = new ResourceApi(http);
    }

    private HttpResponse<String> upload(String resourceId, Multipart file) {
        return http.request("POST", "/api/resources/" + resourceId + "/attachments").authorization(ResourceApi.MANAGER)
                .body(file.contentType(), file.body()).send();
    }

    private HttpResponse<byte[]> download(String resourceId, String attachmentId, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.uri("/api/resources/" + resourceId + "/attachments/" + attachmentId));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long storedFiles(String id) {
        return mongo.getCollection("fs.files").countDocuments(new Document("_id", new ObjectId(id)));
    }

    @Test
    void aPdfIsStoredInGridFsAndDownloadedByItsAudienceAsASafelyNamedAttachment() throws Exception {
        String id = api.published(ResourceApi.resource("With a PDF " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        byte[] pdf = Multipart.pdf(300_000);
        HttpResponse<String> uploaded = upload(id, Multipart.file("file", "../Board \"questions\";.pdf", "application/octet-stream", pdf));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode attachment = Http.json(uploaded);
        String attachmentId = attachment.path("id").asString();
        assertThat(attachment.path("fileName").asString()).isEqualTo("Board _questions_.pdf");
        assertThat(attachment.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(storedFiles(attachmentId)).isEqualTo(1);

        HttpResponse<byte[]> downloaded = download(id, attachmentId, null);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(downloaded.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"Board _questions_.pdf\"");
        assertThat(downloaded.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Http.json(http.get("/api/resources/" + id, null)).path("attachments").get(0).path("id").asString())
                .isEqualTo(attachmentId);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedWhateverTypeTheClientClaimsAndNothingIsStored() {
        String id = api.draft(ResourceApi.resource("Not a PDF " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        long before = mongo.getCollection("fs.files").countDocuments();
        for (byte[] content : new byte[][] {"<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "%PD".getBytes(StandardCharsets.US_ASCII), " %PDF-1.7".getBytes(StandardCharsets.US_ASCII)}) {
            assertThatProblem(upload(id, Multipart.file("file", "report.pdf", "application/pdf", content))).hasStatus(400)
                    .hasFieldError("file", "The selected file must be a PDF");
        }
        assertThatProblem(upload(id, Multipart.file("file", "empty.pdf", "application/pdf", new byte[0]))).hasStatus(400)
                .hasFieldError("file", "empty");
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(before);
    }

    @Test
    void aFileOverTwentyMegabytesIsRefusedWith413NamingTheFile() {
        String id = api.draft(ResourceApi.resource("Too large " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        long before = mongo.getCollection("fs.files").countDocuments();
        assertThatProblem(upload(id, Multipart.file("file", "big.pdf", "application/pdf", Multipart.pdf(20 * 1024 * 1024 + 1))))
                .hasStatus(413).hasFieldError("file", "The file must be 20 MB or smaller");
        assertThatProblem(upload(id, Multipart.file("file", "bigger.pdf", "application/pdf", Multipart.pdf(22 * 1024 * 1024))))
                .hasStatus(413).hasFieldError("file", "The file must be 20 MB or smaller");
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(before);
    }

    @Test
    void removingAnAttachmentDeletesItsFile() throws Exception {
        String id = api.published(ResourceApi.resource("Remove " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        String attachmentId = Http.json(upload(id, Multipart.file("file", "a.pdf", "application/pdf", Multipart.pdf(1_000))))
                .path("id").asString();
        assertThat(http.delete("/api/resources/" + id + "/attachments/" + attachmentId, ResourceApi.MANAGER).statusCode()).isEqualTo(204);
        assertThat(storedFiles(attachmentId)).isZero();
        assertThat(download(id, attachmentId, null).statusCode()).isEqualTo(404);
        assertThat(Http.json(http.get("/api/resources/" + id, null)).path("attachments")).isEmpty();
        assertThatProblem(http.delete("/api/resources/" + id + "/attachments/" + attachmentId, ResourceApi.MANAGER)).hasStatus(404);
    }

    @Test
    void anAttachmentIsReadOnlyByThoseWhoMayReadItsResourceAndOnlyThroughItsOwnResource() throws Exception {
        String cohortResource = api.published(ResourceApi.resource("Cohort only " + UUID.randomUUID(), "S", "", "COHORT",
                "cohort-" + UUID.randomUUID())).path("id").asString();
        String draft = api.draft(ResourceApi.resource("Draft " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        String open = api.published(ResourceApi.resource("Open " + UUID.randomUUID(), "S", "", "EVERYONE", null)).path("id").asString();
        String cohortFile = Http.json(upload(cohortResource, Multipart.file("file", "c.pdf", "application/pdf", Multipart.pdf(500))))
                .path("id").asString();
        String draftFile = Http.json(upload(draft, Multipart.file("file", "d.pdf", "application/pdf", Multipart.pdf(500))))
                .path("id").asString();
        String member = Http.bearer("member-" + UUID.randomUUID(), Role.PARTICIPANT);
        for (String caller : new String[] {null, member}) {
            assertThat(download(cohortResource, cohortFile, caller).statusCode()).isEqualTo(404);
            assertThat(download(draft, draftFile, caller).statusCode()).isEqualTo(404);
            assertThat(download(open, cohortFile, caller).statusCode()).as("another resource's file through an open one").isEqualTo(404);
        }
        assertThat(download(cohortResource, cohortFile, ResourceApi.MANAGER).statusCode()).isEqualTo(200);
        assertThat(download(draft, draftFile, ResourceApi.MANAGER).statusCode()).isEqualTo(200);
    }
}
