package uk.nhs.cohortcoach.coachingservice.logdraft.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.coachingservice.logdraft.LogDrafts;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/sessions/{id}/log-draft}: the session's coach keeps (PUT), reads (GET; 404 when there is none) and
 * discards (DELETE) a draft of its log. Anyone but a coach is refused (403) before the body is read; another coach by
 * {@link LogDrafts} (403).
 */
@RestController
@RequestMapping("/api/sessions/{id}/log-draft")
class LogDraftController {

    private final LogDrafts drafts;

    LogDraftController(LogDrafts drafts) {
        this.drafts = drafts;
    }

    @PutMapping
    @PreAuthorize("hasRole('COACH')")
    LogDraftResponse keep(@PathVariable String id, @Valid @RequestBody LogDraftRequest request) {
        return LogDraftResponse.of(drafts.keep(id, request.content(), Viewer.current()));
    }

    @GetMapping
    @PreAuthorize("hasRole('COACH')")
    LogDraftResponse read(@PathVariable String id) {
        return drafts.read(id, Viewer.current()).map(LogDraftResponse::of)
                .orElseThrow(() -> new NotFoundException("the log draft of session " + id));
    }

    @DeleteMapping
    @PreAuthorize("hasRole('COACH')")
    ResponseEntity<Void> discard(@PathVariable String id) {
        drafts.discard(id, Viewer.current());
        return ResponseEntity.noContent().build();
    }
}
