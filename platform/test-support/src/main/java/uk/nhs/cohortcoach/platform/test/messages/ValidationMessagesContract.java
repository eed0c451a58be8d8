package uk.nhs.cohortcoach.platform.test.messages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DefaultMessageCodesResolver;

/**
 * Every field error a service's API can answer for a request body has words of its own, written for
 * people in GOV.UK's style, in the service's message source ({@code src/main/resources/messages.properties}):
 * for every {@code @RequestBody} type of every controller, every Bean Validation constraint on every field,
 * nested and list fields included wherever validation cascades, must resolve by one of the field's
 * Spring message codes ({@code NotBlank.cohortRequest.name}, {@code NotBlank.name}; for a list item's field
 * {@code NotNull.actions.ownerId} or {@code NotNull.ownerId}), not by the bare constraint
 * ({@code NotNull}) and never fall back to the validator's "must not be null". Implement it in a plain
 * {@code *Test} naming the service's root package:
 * <pre>{@code
 * class ValidationMessagesTest implements ValidationMessagesContract {
 *     public String rootPackage() { return "uk.nhs.cohortcoach.cohortservice"; }
 * }
 * }</pre>
 * The words of the service's own rules ({@code InvalidFieldsException} and the like) are checked too, in its sources
 * ({@link RuleMessages}). That the answer lists the errors in declaration order is {@code ServiceConformanceContract}'s,
 * on the running service.
 */
public interface ValidationMessagesContract {

    /** The service's root package, e.g. {@code uk.nhs.cohortcoach.cohortservice}. */
    String rootPackage();

    /** The message source's base name, as Spring Boot's {@code spring.messages.basename} (default {@code messages}). */
    default String messagesBasename() {
        return "messages";
    }

    @Test
    default void everyConstraintOnEveryRequestBodyFieldHasWordsOfItsOwnInTheMessageSource() {
        MessageSource messages = messages();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            for (RequestBodies.Body body : RequestBodies.of(rootPackage())) {
                for (RequestBodies.Constrained constrained : RequestBodies.constraints(factory.getValidator(), body)) {
                    checked++;
                    if (wordsFor(messages, constrained) == null) {
                        missing.add(suggestedCode(constrained) + "   (" + body.type().getSimpleName() + " of "
                                + body.endpoint() + ", field " + constrained.field() + ")");
                    }
                }
            }
        }
        assertThat(checked).as("constraints found on request bodies under " + rootPackage()).isPositive();
        assertThat(missing).as("constraints with no words of their own in " + messagesBasename()
                + ".properties (add the code shown, or a more specific one)").isEmpty();
    }

    @Test
    default void everyMessageIsASentenceForPeopleInGovUkStyleWithEveryArgumentFilledIn() {
        MessageSource messages = messages();
        List<String> wrong = new ArrayList<>();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (RequestBodies.Body body : RequestBodies.of(rootPackage())) {
                for (RequestBodies.Constrained constrained : RequestBodies.constraints(validator, body)) {
                    String words = wordsFor(messages, constrained);
                    String problem = words == null ? null : styleProblem(words);
                    if (problem != null) {
                        wrong.add(constrained.constraintName() + "." + constrained.field() + " = \"" + words + "\": " + problem);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Where the service's main Java sources are, from the module's directory (the tests' working directory). */
    default Path mainSources() {
        return Path.of("src", "main", "java");
    }

    /**
     * The words of the service's own rules ({@code InvalidFieldsException}, {@code DuplicateException}'s field
     * message, the field-error maps its rules build) are sentences for people in the same style, and every
     * {@code {code}} they use has words in the message source: see {@link RuleMessages}.
     */
    @Test
    default void everyMessageOfTheServicesOwnRulesIsASentenceForPeopleInGovUkStyle() {
        assertThat(RuleMessages.in(mainSources())).as("rule messages found under " + mainSources().toAbsolutePath()).isNotEmpty();
        assertThat(RuleMessages.problemsIn(mainSources(), messages())).as("rule messages not in GOV.UK's style").isEmpty();
    }

    /** What is wrong with the words in GOV.UK's style for error messages, or null. */
    private static String styleProblem(String words) {
        if (words.isBlank() || !Character.isUpperCase(words.codePointAt(0)) && !Character.isDigit(words.codePointAt(0))) {
            return "starts with a capital letter (\"Enter the end date\")";
        }
        if (words.endsWith(".")) {
            return "has no full stop at the end";
        }
        if (words.contains("{") || words.contains("}")) {
            return "has an argument left unfilled (Spring numbers them: {0} the field, then the constraint's attributes by name)";
        }
        if (words.startsWith("must ") || words.toLowerCase(Locale.ROOT).contains("must not be null") || words.contains("is invalid")) {
            return "is the validator's wording, not words for people";
        }
        return null;
    }

    private MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(messagesBasename());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The words the service answers for this constraint on this field, or null when only the bare constraint or nothing has some. */
    private static String wordsFor(MessageSource messages, RequestBodies.Constrained constrained) {
        List<String> codes = fieldCodes(constrained);
        try {
            return messages.getMessage(new DefaultMessageSourceResolvable(codes.toArray(String[]::new), arguments(constrained)), Locale.UK);
        } catch (NoSuchMessageException none) {
            return null;
        }
    }

    /**
     * The codes the platform looks the error up by that name the field, most specific first (the bare
     * constraint name left out): for a list's item ({@code coachIds[0]}) its path with every index written
     * {@code []} ({@code Size.cohortRequest.coachIds[]}, {@code Size.coachIds[]}, for a nested one also its
     * last step alone), then Spring's codes.
     */
    private static List<String> fieldCodes(RequestBodies.Constrained constrained) {
        String constraint = constrained.constraintName();
        List<String> codes = new ArrayList<>();
        String field = constrained.field();
        if (field.endsWith("]")) {
            String items = items(field);
            codes.add(constraint + "." + constrained.body().objectName() + "." + items);
            codes.add(constraint + "." + items);
            if (items.lastIndexOf('.') >= 0) {
                codes.add(constraint + "." + items.substring(items.lastIndexOf('.') + 1));
            }
        }
        Arrays.stream(new DefaultMessageCodesResolver().resolveMessageCodes(constraint, constrained.body().objectName(), field, null))
                .filter(code -> !code.equals(constraint)).forEach(codes::add);
        return codes;
    }

    /** The code to suggest for words that are missing: the field's own name, for a list's items with {@code []}. */
    private static String suggestedCode(RequestBodies.Constrained constrained) {
        String field = constrained.field();
        String path = field.endsWith("]") ? items(field) : field;
        return constrained.constraintName() + "." + path.substring(path.lastIndexOf('.') + 1);
    }

    private static String items(String field) {
        return field.replaceAll("\\[[^\\]]*\\]", "[]");
    }

    /** The arguments Spring gives the message: the field, then the constraint's attributes by name. */
    private static Object[] arguments(RequestBodies.Constrained constrained) {
        List<Object> arguments = new ArrayList<>();
        String field = constrained.field();
        arguments.add(new DefaultMessageSourceResolvable(new String[] {constrained.body().objectName() + "." + field, field}, field));
        ConstraintDescriptor<?> constraint = constrained.constraint();
        Map<String, Object> attributes = new TreeMap<>(constraint.getAttributes());
        attributes.forEach((name, value) -> {
            if (!RequestBodies.NOT_ARGUMENTS.contains(name)) {
                arguments.add(value);
            }
        });
        return arguments.toArray();
    }
}
