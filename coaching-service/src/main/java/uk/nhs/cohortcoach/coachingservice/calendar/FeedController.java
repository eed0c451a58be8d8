package uk.nhs.cohortcoach.coachingservice.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/**
 * {@code /api/sessions/feeds}: coaches and programme managers create, list and revoke calendar feeds;
 * calendar clients read {@code /api/sessions/feeds/{token}.ics} without a platform token.
 */
@RestController
@RequestMapping("/api/sessions/feeds")
class FeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    /** What to subscribe to: a coach's sessions (subjectId = person id) or a collaborative's. */
    record FeedRequest(@NotNull FeedKind kind, @NotBlank @Size(max = 100) String subjectId) {
    }

    /** A feed as its owner sees it later: never the token. */
    record FeedResponse(String id, FeedKind kind, String subjectId, Instant createdAt) {
        static FeedResponse of(CalendarFeed feed) {
            return new FeedResponse(feed.id(), feed.kind(), feed.subjectId(), feed.createdAt());
        }
    }

    /** A feed just created, with the secret URL to subscribe to (told once only). */
    record CreatedFeedResponse(String id, FeedKind kind, String subjectId, Instant createdAt, String url) {
    }

    private final CalendarFeeds feeds;

    FeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasAnyRole('COACH', 'PROGRAMME_MANAGER')")
    ResponseEntity<CreatedFeedResponse> create(@Valid @RequestBody FeedRequest request) {
        CalendarFeeds.Created created = feeds.create(Viewer.current(), request.kind(), request.subjectId());
        CalendarFeed feed = created.feed();
        return ResponseEntity.created(URI.create("/api/sessions/feeds/" + feed.id())).cacheControl(CacheControl.noStore())
                .body(new CreatedFeedResponse(feed.id(), feed.kind(), feed.subjectId(), feed.createdAt(),
                        "/api/sessions/feeds/" + created.token() + ".ics"));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COACH', 'PROGRAMME_MANAGER')")
    List<FeedResponse> list() {
        return feeds.list(Viewer.current()).stream().map(FeedResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT) // what the document declares; the ResponseEntity sets the same
    @PreAuthorize("hasAnyRole('COACH', 'PROGRAMME_MANAGER')")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        feeds.revoke(Viewer.current(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{token}.ics")
    @SecurityRequirements // calendar apps cannot send a token: the feed address is the key
    ResponseEntity<String> calendar(@PathVariable String token) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex").body(feeds.render(token));
    }
}
