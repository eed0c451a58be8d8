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
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** Violations of a request body, and of a {@code @Validated} bean called with request data. */
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

    /** Declared in an order that is not alphabetical, so declaration order shows. */
    record Plan(@NotBlank @Size(max = 20) String title, @NotNull LocalDate endDate, @Valid List<Step> steps) {
    }

    record Step(@NotBlank String what, @NotNull String owner) {
    }

    static class Plans {
        void create(@RequestBody Plan plan) {
        }
    }

    private final StaticMessageSource messages = new StaticMessageSource();

    private final ValidationProblems problems = new ValidationProblems(new JsonPropertyNames(JsonMapper.builder().build()),
            new FieldOrder(JsonMapper.builder().build()), messages);

    @Test
    void listsABodysFieldErrorsInDeclarationOrderNestedListItemsByTheirPath() throws Exception {
        Plan plan = new Plan("", null, List.of(new Step(" ", null), new Step(null, "o")));

        ProblemDetail problem = problems.problemFor(bodyViolations(plan));

        assertThat(fields(problem)).containsExactly("title", "endDate", "steps[0].what", "steps[0].owner", "steps[1].what");
    }

    @Test
    void takesEachMessageFromTheMessageSourceByConstraintAndFieldWithTheConstraintsArguments() throws Exception {
        messages.addMessage("NotBlank.title", Locale.UK, "Enter a title");
        messages.addMessage("Size.title", Locale.UK, "Title must be {1} characters or fewer");
        messages.addMessage("NotNull.steps.owner", Locale.UK, "Select who owns the step");
        LocaleContextHolder.setLocale(Locale.UK);
        try {
            ProblemDetail blank = problems.problemFor(bodyViolations(new Plan("", LocalDate.now(), List.of(new Step("w", null)))));
            ProblemDetail tooLong = problems.problemFor(bodyViolations(new Plan("x".repeat(21), LocalDate.now(), List.of())));

            assertThat(blank.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                    Map.of("field", "title", "message", "Enter a title"),
                    Map.of("field", "steps[0].owner", "message", "Select who owns the step")));
            assertThat(tooLong.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                    Map.of("field", "title", "message", "Title must be 20 characters or fewer")));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void keepsTheValidatorsWordsWhereTheServiceHasNone() throws Exception {
        ProblemDetail problem = problems.problemFor(bodyViolations(new Plan("t", null, List.of())));

        assertThat(problem.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                Map.of("field", "endDate", "message", "must not be null")));
    }

    @Test
    void keepsADomainRulesErrorsInTheOrderTheRuleGaveThem() {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        errors.put("startDate", "Enter a start date in the future");
        errors.put("endDate", "The end date must be after the start date");

        ProblemDetail problem = problems.problemFor(new InvalidFieldsException(errors));

        assertThat(problem.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                Map.of("field", "startDate", "message", "Enter a start date in the future"),
                Map.of("field", "endDate", "message", "The end date must be after the start date")));
    }

    @Test
    void takesTheWordsOfADomainRulesCodeInBracesFromTheMessageSourceWithTheFieldAsArgumentZero() {
        messages.addMessage("NotNull.version", Locale.UK, "Enter the version of the {0} you read");
        LocaleContextHolder.setLocale(Locale.UK);
        try {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            errors.put("version", "{NotNull.version}");
            errors.put("name", "{no.such.code}");

            ProblemDetail problem = problems.problemFor(new InvalidFieldsException(errors));

            assertThat(problem.getProperties()).extractingByKey(ProblemKind.ERRORS).isEqualTo(List.of(
                    Map.of("field", "version", "message", "Enter the version of the version you read"),
                    Map.of("field", "name", "message", "{no.such.code}")));
            assertThat(problems.wordsOf("version", "Enter a {0}")).isEqualTo("Enter a {0}");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static List<Object> fields(ProblemDetail problem) {
        return ((List<?>) problem.getProperties().get(ProblemKind.ERRORS)).stream()
                .map(error -> ((Map<?, ?>) error).get("field")).map(Object.class::cast).toList();
    }

    private static MethodArgumentNotValidException bodyViolations(Plan plan) throws Exception {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(plan, "plan");
        new SpringValidatorAdapter(VALIDATION.getValidator()).validate(plan, result);
        return new MethodArgumentNotValidException(
                new MethodParameter(Plans.class.getDeclaredMethod("create", Plan.class), 0), result);
    }

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
