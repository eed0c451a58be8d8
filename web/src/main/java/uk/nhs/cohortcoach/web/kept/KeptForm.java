package uk.nhs.cohortcoach.web.kept;

import java.time.Instant;
import java.util.List;

/**
 * A form that arrived after its sender's sign-in had expired: where it was going, every field as posted
 * (in order, repeated names repeated, never the CSRF token), whose it is (the token's subject) and when it
 * was kept. Public: the "Save your changes" template reads it.
 */
public record KeptForm(String id, String subject, String action, List<Field> fields, Instant keptAt) {

    public KeptForm {
        fields = List.copyOf(fields);
    }

    /** One posted field. */
    public record Field(String name, String value) {
    }
}
