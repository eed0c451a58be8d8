package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** cohort-service's row-by-row report of a team import; {@code row} is the file's line number (the header is 1). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportReport(List<Row> rows, int created, int updated, int unchanged, int rejected) {

    public ImportReport {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One row: {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or {@code REJECTED} with its errors by column. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(int row, String status, String personId, List<ApiProblem.FieldError> errors) {

        public Row {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }
}
