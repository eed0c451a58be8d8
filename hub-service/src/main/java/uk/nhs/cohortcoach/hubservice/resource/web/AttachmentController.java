package uk.nhs.cohortcoach.hubservice.resource.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.cohortcoach.hubservice.resource.Attachment;
import uk.nhs.cohortcoach.hubservice.resource.Readers;
import uk.nhs.cohortcoach.hubservice.resource.ResourceAttachments;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

/**
 * {@code /api/resources/{id}/attachments}: programme managers attach PDFs (multipart part {@code file}, at most 20 MB,
 * recognised by its content) and remove them; the resource's audience downloads them, always as a download
 * ({@code Content-Disposition: attachment}) the browser must not sniff into anything else.
 */
@RestController
@Tag(name = "Resources")
public class AttachmentController {

    private final ResourceAttachments attachments;
    private final Readers readers;
    private final Clock clock;

    AttachmentController(ResourceAttachments attachments, Readers readers, Clock clock) {
        this.attachments = attachments;
        this.readers = readers;
        this.clock = clock;
    }

    @PostMapping(path = "/api/resources/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Attach a PDF (multipart/form-data, part file, at most 20 MB)")
    ResponseEntity<AttachmentResponse> upload(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw InvalidFieldsException.of("file", "Select a PDF file to attach");
        }
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = attachments.add(id, content, file.getOriginalFilename(), file.getSize(), clock.instant());
            return ResponseEntity.created(URI.create("/api/resources/" + id + "/attachments/" + attachment.id()))
                    .body(AttachmentResponse.of(attachment));
        }
    }

    @DeleteMapping("/api/resources/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('PROGRAMME_MANAGER')")
    @Operation(summary = "Remove an attachment and delete its file")
    void remove(@PathVariable String id, @PathVariable String attachmentId) {
        attachments.remove(id, attachmentId, clock.instant());
    }

    @GetMapping("/api/resources/{id}/attachments/{attachmentId}")
    @SecurityRequirements
    @Operation(summary = "Download an attachment (application/pdf), if the caller may read the resource (otherwise 404)")
    ResponseEntity<InputStreamResource> download(@PathVariable String id, @PathVariable String attachmentId) {
        ResourceAttachments.Download download = attachments.open(id, attachmentId, readers.current());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(download.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.attachment().fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(new InputStreamResource(download.content()));
    }
}
