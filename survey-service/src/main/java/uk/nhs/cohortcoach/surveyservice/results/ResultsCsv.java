package uk.nhs.cohortcoach.surveyservice.results;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.surveyservice.csv.SpreadsheetSafeCsv;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.StatementFigures;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;

/**
 * The aggregates of a wave as CSV: {@code group, component, statement, stage, share_percent, responses}.
 * A component row (statement empty) pools its statements' answers. A suppressed group is one row with
 * {@code fewer than 5} under responses and no numbers. Written through {@link SpreadsheetSafeCsv}, so a
 * collaborative named like a formula ({@code =HYPERLINK(...)}) comes out as text.
 */
public final class ResultsCsv {

    public static final String[] HEADER = {"group", "component", "statement", "stage", "share_percent", "responses"};

    private ResultsCsv() {
    }

    public static String write(WaveResults results) {
        List<Group> groups = new ArrayList<>();
        if (results.cohort() != null) {
            groups.add(results.cohort());
        }
        groups.addAll(results.collaboratives());
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, HEADER)) {
            for (Group group : groups) {
                if (group.figures().suppressed()) {
                    csv.row(group.name(), "", "", "", "", ResultsCalculator.FEWER_THAN_5);
                    continue;
                }
                long responses = group.figures().responses();
                for (ComponentFigures component : group.figures().components()) {
                    rows(csv, group.name(), component.component(), "", component.sharePercent(), responses);
                    for (StatementFigures statement : component.statements()) {
                        rows(csv, group.name(), component.component(), statement.statementId(), statement.sharePercent(), responses);
                    }
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
