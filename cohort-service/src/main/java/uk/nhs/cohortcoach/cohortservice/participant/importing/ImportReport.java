package uk.nhs.cohortcoach.cohortservice.participant.importing;

import java.util.List;
import java.util.Map;

/** What an import did with each row of the file, and the totals. */
record ImportReport(List<RowResult> rows, int created, int updated, int unchanged, int rejected) {

    enum Status { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** One row: its line in the file (the header is row 1), what happened, the person, and why it was rejected. */
    record RowResult(int row, Status status, String personId, List<RowError> errors) {

        static RowResult of(int row, Status status, String personId) {
            return new RowResult(row, status, personId, List.of());
        }

        static RowResult rejected(int row, String personId, Map<String, String> errors) {
            return new RowResult(row, Status.REJECTED, personId,
                    errors.entrySet().stream().map(error -> new RowError(error.getKey(), error.getValue())).toList());
        }
    }

    /** A problem with one column of a row ({@code row} when it is the row as a whole). */
    record RowError(String field, String message) {
    }

    static ImportReport of(List<RowResult> rows) {
        return new ImportReport(List.copyOf(rows), count(rows, Status.CREATED), count(rows, Status.UPDATED),
                count(rows, Status.UNCHANGED), count(rows, Status.REJECTED));
    }

    private static int count(List<RowResult> rows, Status status) {
        return (int) rows.stream().filter(row -> row.status() == status).count();
    }
}
