package uk.nhs.cohortcoach.web.collaboratives;

import java.util.List;
import uk.nhs.cohortcoach.web.api.ApiProblem;
import uk.nhs.cohortcoach.web.api.ImportReport;

/** A team import's report as the page shows it: the counts in words and each row with who it was. Public: its template reads it. */
public record ImportResult(String summary, boolean everyRowImported, List<Row> rows) {

    /** One row of the file: its line, who (name and email from the file), the result as a tag, the reasons it was not imported. */
    public record Row(int row, String who, String result, String tagClass, List<String> reasons) {
    }

    static ImportResult of(ImportReport report, CsvRows file) {
        String summary = "Import: " + report.created() + " added as new people, " + report.updated() + " updated, "
                + report.unchanged() + " unchanged, " + report.rejected() + " not imported";
        List<Row> rows = report.rows().stream().map(row -> new Row(row.row(), file.who(row.row()), result(row.status()), tag(row.status()),
                row.errors().stream().map(ApiProblem.FieldError::message).toList())).toList(); // whole sentences from the API
        return new ImportResult(summary, report.rejected() == 0 && !report.rows().isEmpty(), rows);
    }

    private static String result(String status) {
        return switch (status) {
            case "CREATED" -> "Added (new person)";
            case "UPDATED" -> "Added or updated";
            case "UNCHANGED" -> "Unchanged";
            case "REJECTED" -> "Not imported";
            default -> status;
        };
    }

    private static String tag(String status) {
        return switch (status) {
            case "CREATED" -> "govuk-tag--green";
            case "UPDATED" -> "govuk-tag--blue";
            case "REJECTED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }
}
