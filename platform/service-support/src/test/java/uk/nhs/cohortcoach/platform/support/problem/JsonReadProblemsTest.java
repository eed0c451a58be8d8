package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class JsonReadProblemsTest {

    enum Sector {
        ACUTE, @JsonProperty("mental-health") MENTAL_HEALTH
    }

    record Part(String code, int quantity) {
    }

    record Order(String name, int size, Long total, Sector sector, LocalDate due, List<Part> parts) {
    }

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final StrictJsonHttpMessageConverter converter = new StrictJsonHttpMessageConverter(mapper, DataSize.ofKilobytes(4));
    private final JsonReadProblems problems = new JsonReadProblems(mapper);

    @Test
    void namesTheUnknownFieldAndTheKnownOnes() {
        ProblemDetail problem = problemFor("{\"size\":1,\"parts\":[{\"code\":\"a\",\"quantity\":1,\"colour\":\"red\"}]}");

        assertThat(problem.getType()).isEqualTo(ProblemKind.UNKNOWN_FIELD.type());
        assertThat(errors(problem)).singleElement().satisfies(error -> {
            assertThat(error).containsEntry("field", "parts[0].colour");
            assertThat(error.get("message")).contains("code, quantity");
        });
    }

    @Test
    void saysAStringIsNotANumber() {
        assertThat(onlyError(problemFor("{\"size\":\"lots\"}"))).containsEntry("field", "size")
                .containsEntry("message", "must be a whole number");
    }

    @Test
    void listsTheAllowedValuesOfAnEnumAsClientsWriteThem() {
        assertThat(onlyError(problemFor("{\"size\":1,\"sector\":\"COMMUNITY\"}")))
                .containsEntry("field", "sector").containsEntry("message", "must be one of: ACUTE, mental-health");
    }

    @Test
    void showsTheExpectedFormOfADate() {
        assertThat(onlyError(problemFor("{\"size\":1,\"due\":\"29/03/2026\"}")))
                .containsEntry("field", "due").containsEntry("message", "must be a date like 2026-03-29");
    }

    @Test
    void saysNullIsNotAllowedForANumberThatMustBeThere() {
        assertThat(onlyError(problemFor("{\"size\":null}"))).containsEntry("field", "size")
                .containsEntry("message", "must not be null; expected a whole number");
    }

    @Test
    void saysAMissingNumberThatMustBeThereIsRequired() {
        assertThat(onlyError(problemFor("{\"name\":\"x\"}"))).containsEntry("field", "size")
                .containsEntry("message", "is required; expected a whole number");
    }

    @Test
    void givesTheRangeOfANumberTooBigForItsType() {
        assertThat(onlyError(problemFor("{\"size\":99999999999}"))).containsEntry("field", "size")
                .containsEntry("message", "must be a whole number from -2147483648 to 2147483647");
    }

    @Test
    void saysWhatTheWholeBodyShouldBe() {
        ProblemDetail problem = problemFor("[1,2]");

        assertThat(problem.getType()).isEqualTo(ProblemKind.INVALID_VALUE.type());
        assertThat(problem.getDetail()).isEqualTo("The request body must be an object.");
    }

    @Test
    void givesTheLineAndColumnOfMalformedJson() {
        ProblemDetail problem = problemFor("{\n  \"size\": 1,\n  \"name\": }");

        assertThat(problem.getType()).isEqualTo(ProblemKind.MALFORMED_JSON.type());
        assertThat(problem.getDetail()).isEqualTo("The request body is not well-formed JSON (line 3, column 11).");
        assertThat(problem.getProperties()).isNull();
    }

    @Test
    void namesTheForbiddenKey() {
        ProblemDetail problem = problemFor("{\"size\":1,\"parts\":[{\"$where\":\"1\"}]}");

        assertThat(problem.getType()).isEqualTo(ProblemKind.FORBIDDEN_FIELD_NAME.type());
        assertThat(onlyError(problem)).containsEntry("field", "parts[0].$where");
    }

    @Test
    void neverQuotesJacksonOrJavaNames() {
        for (String json : List.of("{\"size\":\"x\"}", "{\"size\":1,\"sector\":\"X\"}", "{\"size\":1,\"x\":1}", "[1]", "{",
                "{\"size\":1,\"parts\":\"x\"}")) {
            ProblemDetail problem = problemFor(json);
            assertThat(problem.toString()).as(json).doesNotContain("java.", "Exception", "JsonReadProblemsTest", "tools.jackson");
        }
    }

    private ProblemDetail problemFor(String json) {
        MockHttpInputMessage message = new MockHttpInputMessage(json.getBytes(StandardCharsets.UTF_8));
        message.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        HttpMessageNotReadableException failure = catchThrowableOfType(HttpMessageNotReadableException.class,
                () -> converter.read(ResolvableType.forClass(Order.class), message, null));
        return problems.problemFor(failure);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> errors(ProblemDetail problem) {
        return (List<Map<String, String>>) problem.getProperties().get(ProblemKind.ERRORS);
    }

    private static Map<String, String> onlyError(ProblemDetail problem) {
        assertThat(problem.getType()).isIn(ProblemKind.INVALID_VALUE.type(), ProblemKind.FORBIDDEN_FIELD_NAME.type());
        assertThat(errors(problem)).hasSize(1);
        return errors(problem).get(0);
    }
}
