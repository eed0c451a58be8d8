package uk.nhs.cohortcoach.coachingservice.calendar;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A calendar feed subscription. Only the SHA-256 hash of its secret token is stored: the token itself
 * is shown once, in the feed URL, when the feed is created. A revoked feed answers 404.
 */
@Document("calendar_feeds")
public record CalendarFeed(
        @Id String id,
        @Indexed(unique = true) String tokenHash,
        FeedKind kind,
        String subjectId,
        @Indexed String ownerId,
        Instant createdAt,
        Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
