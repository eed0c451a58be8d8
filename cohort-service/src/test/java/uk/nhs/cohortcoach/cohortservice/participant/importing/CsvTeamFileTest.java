package uk.nhs.cohortcoach.cohortservice.participant.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.cohortservice.participant.importing.CsvTeamFile.Row;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;

class CsvTeamFileTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();
    private static final String HEADER = "name,email,job_title,organisation_ods_code,leadership_role\r\n";

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static List<Row> read(String text) {
        return CsvTeamFile.read(text, VALIDATOR);
    }

    @Test
    void readsAValidFileWithByteOrderMarkAndCrlf() {
        List<Row> rows = read("\uFEFF" + HEADER + "Ada Lovelace,Ada@Example.org,Chair,rhq,chief executive\r\n"
                + "Grace Hopper,grace@example.org,,,IMPROVEMENT_LEAD\r\n");
        assertThat(rows).extracting(Row::row).containsExactly(2, 3);
        assertThat(rows).allMatch(Row::valid);
        assertThat(rows.get(0).values().name()).isEqualTo("Ada Lovelace");
        assertThat(rows.get(0).values().emailKey()).isEqualTo("ada@example.org");
        assertThat(rows.get(0).values().organisationOdsCode()).isEqualTo("RHQ");
        assertThat(rows.get(0).values().leadershipRole()).isEqualTo(LeadershipRole.CHIEF_EXECUTIVE);
        assertThat(rows.get(1).values().jobTitle()).isNull();
        assertThat(rows.get(1).values().leadershipRole()).isEqualTo(LeadershipRole.IMPROVEMENT_LEAD);
    }

    @Test
    void keepsQuotedCommasAndLineBreaksAndNumbersRowsAsLinesOfTheFile() {
        List<Row> rows = read(HEADER + "\"Smith, Jane\",jane@example.org,\"Director of Nursing,\nQuality\",RHQ,Chair\n"
                + "Bob,bob@example.org,,RHQ,chair\n");
        assertThat(rows).extracting(Row::row).containsExactly(2, 4);
        assertThat(rows.get(0).values().name()).isEqualTo("Smith, Jane");
        assertThat(rows.get(0).values().jobTitle()).isEqualTo("Director of Nursing,\nQuality");
    }

    @Test
    void skipsBlankLinesButCountsThem() {
        List<Row> rows = read(HEADER + "\r\n\r\nAda,ada@example.org,,,chair\r\n   \r\n,,,,\r\nBob,bob@example.org,,,other\r\n\r\n");
        assertThat(rows).extracting(Row::row).containsExactly(4, 7);
        assertThat(rows).allMatch(Row::valid);
    }

    @Test
    void acceptsColumnsInAnyOrderAndAnyCase() {
        List<Row> rows = read("Email,NAME,leadership_role,job_title,organisation_ods_code\nada@example.org,Ada,Non-Executive Director,,\n");
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(0).values().leadershipRole()).isEqualTo(LeadershipRole.NON_EXECUTIVE_DIRECTOR);
    }

    @Test
    void rejectsABadEmailAndAnUnknownLeadershipRoleByColumn() {
        List<Row> rows = read(HEADER + "Ada,not-an-email,,,chair\nBob,bob@example.org,,,janitor\n,carl@example.org,,R,chair\n");
        assertThat(rows).noneMatch(Row::valid);
        assertThat(rows.get(0).errors()).containsOnlyKeys("email");
        assertThat(rows.get(1).errors()).containsOnlyKeys("leadership_role");
        assertThat(rows.get(1).errors().get("leadership_role")).isEqualTo("The leadership role must be "
                + "chair, chief executive, non executive director, executive director, improvement lead, public health lead or other");
        assertThat(rows.get(2).errors()).containsOnlyKeys("name", "organisation_ods_code");
    }

    @Test
    void rejectsTheLaterRowOfAnEmailRepeatedInAnyCase() {
        List<Row> rows = read(HEADER + "Ada,ada@example.org,,,chair\nAda L,ADA@example.org ,,,chair\n");
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).valid()).isFalse();
        assertThat(rows.get(1).errors().get("email")).isEqualTo("The email address is the same as in row 2");
    }

    @Test
    void refusesAHeaderWithoutEveryColumn() {
        assertThatThrownBy(() -> read("name,email,job_title\nAda,ada@example.org,\n"))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors().get("header"))
                        .isEqualTo("The first line is missing the columns organisation_ods_code, leadership_role. "
                                + "The first line must be: name,email,job_title,organisation_ods_code,leadership_role"));
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(((InvalidFieldsException) e).errors().get("header"))
                        .isEqualTo("The file is empty. The first line must be: name,email,job_title,organisation_ods_code,leadership_role"));
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThatThrownBy(() -> read(HEADER + "\"Ada,ada@example.org,,,chair\n"))
                .isInstanceOf(InvalidFieldsException.class);
    }
}
