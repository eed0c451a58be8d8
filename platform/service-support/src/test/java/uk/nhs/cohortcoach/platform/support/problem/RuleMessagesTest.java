package uk.nhs.cohortcoach.platform.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.StaticMessageSource;
import uk.nhs.cohortcoach.platform.test.messages.RuleMessages;

/**
 * The platform's own rule messages (paging) are in GOV.UK's style, and the guard every service runs
 * ({@code ValidationMessagesContract}, through {@link RuleMessages}) refuses the old fragments.
 */
class RuleMessagesTest {

    @Test
    void thePlatformsOwnRuleMessagesAreSentencesForPeople() {
        assertThat(RuleMessages.in(Path.of("src", "main", "java"))).isNotEmpty();
        assertThat(RuleMessages.problemsIn(Path.of("src", "main", "java"), new StaticMessageSource())).isEmpty();
    }

    @Test
    void aFragmentGluedAfterTheFieldNameIsRefused(@TempDir Path sources) throws Exception {
        write(sources, "throw InvalidFieldsException.of(\"x\", \"is required\");");

        assertThat(RuleMessages.problemsIn(sources, new StaticMessageSource())).containsExactly(
                "Rule.java:3 \"is required\": starts with a capital letter, as a sentence of its own "
                        + "(\"Select a coach from the list\", not \"is not a known coach\")",
                "Rule.java:3 \"is required\": is the validator's wording, not words for people");
    }

    @Test
    void camelCaseNamesEnumConstantsValidatorWordsAndAFullStopAreRefusedWhereverTheyAre(@TempDir Path sources) throws Exception {
        write(sources, """
                errors.put("actions[" + i + "].ownerId", "Give ownerName for someone else");
                Map<String, String> e = Map.of("frequency", "Select WEEKLY or MONTHLY", "count", "Enter a number.");
                problems.putIfAbsent(field, flag ? "Fine words" : "Must not be null");
                throw InvalidFieldsException.of(field, "Choose a date on or after " + day + ". It is a rule.");
                String TAKEN = "is taken";
                throw new DuplicateException("A clash.", "email", TAKEN, id);
                """);

        assertThat(RuleMessages.problemsIn(sources, new StaticMessageSource()))
                .anyMatch(problem -> problem.contains("\"ownerName\""))
                .anyMatch(problem -> problem.contains("\"WEEKLY\""))
                .anyMatch(problem -> problem.contains("no full stop"))
                .anyMatch(problem -> problem.contains("validator's wording"))
                .anyMatch(problem -> problem.contains("TAKEN") && problem.contains("capital"))
                .noneMatch(problem -> problem.contains("It is a rule"))
                .hasSize(5);
    }

    @Test
    void aCodeMustHaveWordsInTheMessageSourceAndThoseWordsAreCheckedToo(@TempDir Path sources) throws Exception {
        write(sources, """
                throw InvalidFieldsException.of("version", "{NotNull.version}");
                errors.put("name", "{name.taken}");
                errors.put("email", "{email.taken}");
                """);
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("NotNull.version", java.util.Locale.UK, "Enter the version of the record you read");
        messages.addMessage("name.taken", java.util.Locale.UK, "is already taken");

        assertThat(RuleMessages.problemsIn(sources, messages)).hasSize(2)
                .anyMatch(problem -> problem.contains("{name.taken}") && problem.contains("capital"))
                .anyMatch(problem -> problem.contains("{email.taken}") && problem.contains("no words"));
    }

    @Test
    void namesMapsAndCommentsAreNotMessages(@TempDir Path sources) throws Exception {
        write(sources, """
                Map<String, String> columns = Map.of("name", "name", "jobTitle", "job_title");
                // throw InvalidFieldsException.of("x", "is required");
                fields.put("reason", "It was created by mistake.");
                String s = "InvalidFieldsException.of(\\"x\\", \\"is required\\")";
                """);

        assertThat(RuleMessages.in(sources)).isEmpty();
    }

    private static void write(Path sources, String body) throws Exception {
        Files.writeString(sources.resolve("Rule.java"), "class Rule {\n  void rule() {\n" + body.indent(4) + "  }\n}\n");
    }
}
