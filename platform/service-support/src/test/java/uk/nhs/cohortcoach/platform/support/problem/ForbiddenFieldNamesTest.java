package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class ForbiddenFieldNamesTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void findsAnOperatorKeyAtTheTop() {
        assertThat(find("{\"name\":\"x\",\"$where\":\"sleep(1000)\"}"))
                .hasValueSatisfying(violation -> {
                    assertThat(violation.path()).hasToString("$where");
                    assertThat(violation.reason()).contains("'$'");
                });
    }

    @Test
    void findsAnOperatorKeyDeepInsideMapsAndLists() {
        String json = "{\"name\":\"x\",\"attributes\":{\"tags\":[{\"ok\":1},{\"inner\":{\"$ne\":null}}]}}";

        assertThat(find(json).map(v -> v.path().toString())).hasValue("attributes.tags[1].inner.$ne");
    }

    @Test
    void findsAnOperatorKeyInsideAnArrayAtTheTop() {
        assertThat(find("[{\"a\":1},{\"$set\":{\"role\":\"admin\"}}]").map(v -> v.path().toString())).hasValue("[1].$set");
    }

    @Test
    void findsADottedKeyAndQuotesItInThePath() {
        assertThat(find("{\"attributes\":{\"profile.role\":\"admin\"}}"))
                .hasValueSatisfying(violation -> {
                    assertThat(violation.path()).hasToString("attributes[\"profile.role\"]");
                    assertThat(violation.reason()).contains("'.'");
                });
    }

    @Test
    void findsANulCharacterInAKey() {
        assertThat(find("{\"attributes\":{\"a\\u0000b\":1}}"))
                .hasValueSatisfying(violation -> assertThat(violation.reason()).contains("NUL"));
    }

    @Test
    void findsAKeyInASecondRootLevelValue() {
        assertThat(find("{\"a\":1} {\"$where\":1}")).isPresent();
    }

    @Test
    void acceptsOperatorsAndDotsInValuesBecauseValuesAreNeverReadAsOperators() {
        assertThat(find("{\"note\":\"$where is not a key here\",\"version\":\"1.2\",\"list\":[\"$ne\"]}")).isEmpty();
    }

    @Test
    void acceptsOrdinaryDocuments() {
        assertThat(find("{\"name\":\"Acute Hospitals Alliance\",\"members\":[{\"odsCode\":\"RHQ\"}],\"n\":1,\"ok\":true}")).isEmpty();
        assertThat(find("[]")).isEmpty();
        assertThat(find("\"just a string\"")).isEmpty();
    }

    @Test
    void refusesADocumentThatIsNotJson() {
        assertThatThrownBy(() -> find("{\"name\": }")).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> find("{\"name\": \"x\"")).isInstanceOf(JacksonException.class);
    }

    @Test
    void explainsEachRefusal() {
        assertThat(ForbiddenFieldNames.reasonToRefuse("$gt")).isNotNull();
        assertThat(ForbiddenFieldNames.reasonToRefuse("a.b")).isNotNull();
        assertThat(ForbiddenFieldNames.reasonToRefuse("a\0")).isNotNull();
        assertThat(ForbiddenFieldNames.reasonToRefuse("price$")).isNull();
        assertThat(ForbiddenFieldNames.reasonToRefuse("odsCode")).isNull();
    }

    private Optional<ForbiddenFieldNames.Violation> find(String json) {
        try (var parser = mapper.createParser(json)) {
            return ForbiddenFieldNames.find(parser);
        }
    }
}
