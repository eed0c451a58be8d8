package uk.nhs.cohortcoach.surveyservice.results;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.StatementFigures;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;

/**
 * The aggregates of a wave as CSV: {@code group, component, statement, stage, share_percent, responses}.
 * A component row (statement empty) pools its statements' answers. A suppressed group is one row with
 * {@code fewer than 5} under responses and no numbers.
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
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Group group : groups) {
                if (group.figures().suppressed()) {
                    csv.printRecord(group.name(), "", "", "", "", ResultsCalculator.FEWER_THAN_5);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void rows(CSVPrinter csv, String group, String component, String statement, Map<Stage, BigDecimal> shares,
            long responses) throws IOException {
        for (Stage stage : Stage.values()) {
            csv.printRecord(group, component, statement, stage.name(), shares.get(stage).toPlainString(), responses);
        }
    }
}
