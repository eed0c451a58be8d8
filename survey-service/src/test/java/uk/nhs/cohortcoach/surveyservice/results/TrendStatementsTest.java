package uk.nhs.cohortcoach.surveyservice.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.StatementChange;

/** A trend over framework versions compares statements by id: kept, added, removed, and only the kept ones pooled. */
class TrendStatementsTest {

    private static final String PURPOSE = MaturityComponent.SHARED_PURPOSE_AND_VISION.name();
    private static final String EQUITY = MaturityComponent.EMBEDDING_EQUITY.name();

    private final Framework v1 = version(1, List.of(st("a", "Aim agreed"), st("b", "Board papers"), st("c", "Community")),
            List.of(st("e-1", "Equity data"), st("e-2", "Equity pause"), st("e-3", "Lived experience")));
    private final Framework v2 = version(2, List.of(st("a", "Aim agreed in writing"), st("c", "Community"), st("d", "Deeds")),
            List.of(st("e-1", "Equity data"), st("e-2", "Equity pause"), st("e-3", "Lived experience")));

    @Test
    void twoWavesOnTwoVersionsCompareTheStatementsBothAskedAndNameTheOthersAddedOrRemoved() {
        TrendStatements statements = TrendStatements.of(v2, List.of(v1, v2));

        assertThat(statements.union(PURPOSE)).containsExactly("a", "b", "c", "d");
        assertThat(statements.compared(PURPOSE)).containsExactly("a", "c");
        assertThat(statements.change(PURPOSE, "a")).isEqualTo(StatementChange.KEPT);
        assertThat(statements.change(PURPOSE, "b")).isEqualTo(StatementChange.REMOVED);
        assertThat(statements.change(PURPOSE, "d")).isEqualTo(StatementChange.ADDED);
        assertThat(statements.text(PURPOSE, "a")).as("as the latest version words it").isEqualTo("Aim agreed in writing");
        assertThat(statements.text(PURPOSE, "b")).isEqualTo("Board papers");
        assertThat(statements.compared(EQUITY)).containsExactly("e-1", "e-2", "e-3");
        assertThat(TrendStatements.asks(v1, PURPOSE, "d")).isFalse();
        assertThat(TrendStatements.asks(v2, PURPOSE, "d")).isTrue();
    }

    @Test
    void theComparedVersionKeepsOnlyTheStatementsEveryWaveAsked() {
        TrendStatements statements = TrendStatements.of(v2, List.of(v1, v2));

        Framework compared = statements.compared(v1);

        assertThat(compared.components().get(0).statements()).extracting(Framework.Statement::id).containsExactly("a", "c");
        assertThat(compared.components().get(1).statements()).extracting(Framework.Statement::id).containsExactly("e-1", "e-2", "e-3");
        assertThat(compared.number()).isEqualTo(1);
    }

    @Test
    void aStatementAskedOnlyInSomeWavesInBetweenIsSaidToBeSo() {
        TrendStatements statements = TrendStatements.of(v1, List.of(v1, v2, v1));

        assertThat(statements.change(PURPOSE, "d")).isEqualTo(StatementChange.IN_SOME_WAVES);
        assertThat(statements.change(PURPOSE, "b")).isEqualTo(StatementChange.IN_SOME_WAVES);
        assertThat(statements.compared(PURPOSE)).containsExactly("a", "c");
    }

    @Test
    void wavesOnOneVersionCompareEveryStatement() {
        TrendStatements statements = TrendStatements.of(v1, List.of(v1, v1));

        assertThat(statements.compared(PURPOSE)).containsExactly("a", "b", "c");
        assertThat(statements.union(PURPOSE)).allSatisfy(id -> assertThat(statements.change(PURPOSE, id)).isEqualTo(StatementChange.KEPT));
        assertThat(TrendStatements.of(v1, List.of()).compared(PURPOSE)).as("no wave opened yet").containsExactly("a", "b", "c");
    }

    private static Framework version(int number, List<Framework.Statement> purpose, List<Framework.Statement> equity) {
        return new Framework(Framework.idOf("fw", number), "fw", number, "Framework", List.of(
                new Framework.Component(MaturityComponent.SHARED_PURPOSE_AND_VISION, "Purpose", purpose, true),
                new Framework.Component(MaturityComponent.EMBEDDING_EQUITY, "Equity", equity, true)), true, 0L);
    }

    private static Framework.Statement st(String id, String text) {
        return new Framework.Statement(id, text, true);
    }
}
