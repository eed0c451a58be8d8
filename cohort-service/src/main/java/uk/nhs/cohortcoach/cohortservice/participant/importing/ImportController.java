package uk.nhs.cohortcoach.cohortservice.participant.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/** {@code POST /api/collaboratives/{id}/participants/import}: a programme manager uploads the team as CSV (UTF-8, at most 5 MB). */
@RestController
class ImportController {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final ParticipantImport imports;

    ImportController(ParticipantImport imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/collaboratives/{collaborativeId}/participants/import", consumes = "text/csv")
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Add or update a team from a CSV file (name, email, job title, ODS code)",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "text/csv",
                    schema = @Schema(type = "string", description = "UTF-8 CSV with a header row, up to 5 MB"))))
    ImportReport importTeam(@PathVariable String collaborativeId, InputStream body) throws IOException {
        return imports.run(collaborativeId, decode(body.readNBytes(MAX_BYTES + 1)));
    }

    private static String decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "The file is larger than 5 MB.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidFieldsException.of("file", "The file must be encoded in UTF-8");
        }
    }
}
