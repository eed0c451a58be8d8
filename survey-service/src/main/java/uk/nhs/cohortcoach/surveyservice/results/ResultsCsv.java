package uk.nhs.cohortcoach.surveyservice.results;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.csv.SpreadsheetSafeCsv;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.StatementFigures;

/**
 * The aggregates of a wave as CSV: {@code group, component, statement, stage, share_percent, responses}.
 * A component row (statement empty) pools its statements' answers. The cohort comes first, then each
 * collaborative, then each leadership role category ({@code Role: CHAIR}, …). A hidden group is one row
 * with the reason under responses ({@code fewer than 5}, or {@code hidden so that another hidden figure
 * cannot be worked out}) and no numbers: the same figures, hidden the same way, as the JSON. Written through {@link SpreadsheetSafeCsv}, so a
 * collaborative named like a formula ({@code =HYPERLINK(...)}) comes out as text.
 */
public final class ResultsCsv {

    /** How a leadership role category's group is named in the CSV. */
    public static final String ROLE_PREFIX = "Role: ";

    public static final String[] COMMENTS_HEADER = {"group", "component", "comment"};

    public static final String[] HEADER = {"group", "component", "statement", "stage", "share_percent", "responses"};

    private ResultsCsv() {
    }

    public static String write(WaveResults results) {
        Map<String, GroupFigures> groups = new LinkedHashMap<>();
        if (results.cohort() != null) {
            groups.put(results.cohort().name(), results.cohort().figures());
        }
        results.collaboratives().forEach(g -> groups.put(g.name(), g.figures()));
        results.roles().forEach(r -> groups.put(ROLE_PREFIX + r.roleCategory(), r.figures()));
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, HEADER)) {
            groups.forEach((name, figures) -> {
                if (figures.suppressed()) {
                    csv.row(name, "", "", "", "", figures.note());
                    return;
                }
                long responses = figures.responses();
                for (ComponentFigures component : figures.components()) {
                    rows(csv, name, component.component(), "", component.sharePercent(), responses);
                    for (StatementFigures statement : component.statements()) {
                        rows(csv, name, component.component(), statement.statementId(), statement.sharePercent(), responses);
                    }
                }
            });
        }
        return out.toString();
    }

    /** The comments of a wave as CSV: {@code group, component, comment}, as {@link WaveComments} holds them (shown groups only, random order). */
    public static String comments(WaveComments comments) {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, COMMENTS_HEADER)) {
            for (WaveComments.GroupComments group : comments.collaboratives()) {
                if (group.suppressed()) {
                    csv.row(group.name(), "", group.note());
                    continue;
                }
                for (WaveComments.Comment comment : group.comments()) {
                    csv.row(group.name(), comment.component(), comment.text());
                }
            }
        }
        return out.toString();
    }

    private static void rows(SpreadsheetSafeCsv csv, String group, String component, String statement,
            Map<Stage, BigDecimal> shares, long responses) {
        for (Stage stage : Stage.values()) {
            csv.row(group, component, statement, stage.name(), shares.get(stage).toPlainString(), responses);
        }
    }
}
