package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import uk.nhs.cohortcoach.platform.test.problem.ProblemTypes;

class ProblemKindTest {

    @Test
    void everyKindHasItsTypeInTheTestKit() throws IllegalAccessException {
        List<String> kit = new ArrayList<>();
        for (Field field : ProblemTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("BASE")) {
                kit.add((String) field.get(null));
            }
        }
        List<String> kinds = Arrays.stream(ProblemKind.values()).map(kind -> kind.type().toString()).toList();

        assertThat(kit).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(ProblemTypes.BASE).isEqualTo(ProblemKind.TYPE_BASE);
    }

    @Test
    void givesFrameworkProblemsTheKindOfTheirStatus() {
        assertThat(ProblemKind.forStatus(HttpStatus.METHOD_NOT_ALLOWED)).hasValue(ProblemKind.METHOD_NOT_ALLOWED);
        assertThat(ProblemKind.forStatus(HttpStatus.CONTENT_TOO_LARGE)).hasValue(ProblemKind.CONTENT_TOO_LARGE);
        assertThat(ProblemKind.forStatus(HttpStatus.BAD_REQUEST)).hasValue(ProblemKind.BAD_REQUEST);
        assertThat(ProblemKind.forStatus(HttpStatus.SERVICE_UNAVAILABLE)).isEmpty();
    }

    @Test
    void listsFieldProblemsAsFieldAndMessageAndLeavesOutAnEmptyField() {
        ProblemDetail problem = ProblemKind.VALIDATION.problem("Invalid.",
                List.of(new FieldProblem("name", "must not be blank"), new FieldProblem("", "dates are the wrong way round")));

        assertThat(problem.getType()).hasToString("https://cohort-coach.nhs.uk/problems/validation");
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getProperties()).extractingByKey("errors").asInstanceOf(
                InstanceOfAssertFactories.LIST).containsExactly(
                Map.of("field", "name", "message", "must not be blank"),
                Map.of("message", "dates are the wrong way round"));
    }
}
