package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/** What hub-service reports to programme managers about open events: feedback, reach and an attendance import. */
public final class EventFigures {

    private EventFigures() {
    }

    /**
     * {@code GET /api/open-events/{id}/feedback}: with {@code suppressed} (fewer than 5 answers, or figures that could
     * be worked out) nothing but that: {@code responses}, {@code ratingCounts} and {@code averageRating} null,
     * {@code comments} empty.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Feedback(Integer responses, boolean suppressed, Map<String, Integer> ratingCounts, Double averageRating,
            List<String> comments) {

        public Feedback {
            comments = comments == null ? List.of() : List.copyOf(comments);
        }
    }

    /** {@code GET /api/open-events/reach?from=&to=} and {@code GET /api/open-events/{id}/reach}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reach(int events, int registrations, int attended, int organisations, List<ByOrganisation> byOrganisation,
            List<BySector> bySector) {

        public Reach {
            byOrganisation = byOrganisation == null ? List.of() : List.copyOf(byOrganisation);
            bySector = bySector == null ? List.of() : List.copyOf(bySector);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ByOrganisation(String odsCode, String name, String sector, int registrations, int attended) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BySector(String sector, int registrations, int attended, int organisations) {
    }

    /**
     * {@code POST /api/open-events/{id}/attendance/import}: rows matched, rows not matched (described without emails,
     * as hub-service words them: a text, or an object whose values are read in order, "row 4, Pat S., no email").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AttendanceImport(int matched, List<Object> unmatched, List<String> attendedRegistrationIds) {

        public AttendanceImport {
            unmatched = unmatched == null ? List.of() : unmatched.stream().map(AttendanceImport::inWords).map(Object.class::cast).toList();
            attendedRegistrationIds = attendedRegistrationIds == null ? List.of() : List.copyOf(attendedRegistrationIds);
        }

        /** The unmatched rows as text. */
        public List<String> unmatchedRows() {
            return unmatched.stream().map(String::valueOf).toList();
        }

        private static String inWords(Object row) {
            if (row instanceof Map<?, ?> fields) {
                return String.join(", ", fields.values().stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList());
            }
            return String.valueOf(row);
        }
    }
}
