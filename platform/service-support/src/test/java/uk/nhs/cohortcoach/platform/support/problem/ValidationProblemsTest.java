package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Violations raised by a {@code @Validated} bean called with request data. */
class ValidationProblemsTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    record Session(@NotBlank @JsonProperty("coach_id") String coachId) {
    }

    static class Scheduler {

        void schedule(@Positive long cohortId, @Valid Session session) {
        }

        @NotNull
        String nextSlot() {
            return null;
        }
    }

    private final ValidationProblems problems = new ValidationProblems(new JsonPropertyNames(JsonMapper.builder().build()));

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void namesAParameterByItsNameAndABeansFieldsRelativeToTheBean() throws Exception {
        ConstraintViolationException ex = parameterViolations(-1L, new Session(" "));

        ProblemDetail problem = problems.problemFor(ex);

        assertThat(problem.getType()).isEqualTo(ProblemKind.VALIDATION.type());
        assertThat(problem.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                Map.of("field", "coach_id", "message", "must not be blank"),
                Map.of("field", "cohortId", "message", "must be greater than 0")));
        assertThat(ValidationProblems.concernsReturnValues(ex)).isFalse();
    }

    @Test
    void recognisesAReturnValueViolationAsTheServicesOwnFault() throws Exception {
        Method method = Scheduler.class.getDeclaredMethod("nextSlot");
        ConstraintViolationException ex = new ConstraintViolationException(VALIDATION.getValidator().forExecutables()
                .validateReturnValue(new Scheduler(), method, null));

        assertThat(ValidationProblems.concernsReturnValues(ex)).isTrue();
    }

    private static ConstraintViolationException parameterViolations(Object... arguments) throws Exception {
        Method method = Scheduler.class.getDeclaredMethod("schedule", long.class, Session.class);
        return new ConstraintViolationException(VALIDATION.getValidator().forExecutables()
                .validateParameters(new Scheduler(), method, arguments));
    }
}
