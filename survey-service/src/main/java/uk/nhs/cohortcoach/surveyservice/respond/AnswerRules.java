package uk.nhs.cohortcoach.surveyservice.respond;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.nhs.cohortcoach.platform.support.problem.Words;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;

/**
 * Checks answers and comments against a framework version, field by field. Field names in the
 * errors are JSON paths of the request: {@code answers.<statementId>}, {@code comments.<COMPONENT>}.
 */
final class AnswerRules {

    static final int MAX_COMMENT_LENGTH = 2000;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_$@-]+");

    private AnswerRules() {
    }

    /** Problems with a draft (which may leave statements unanswered); empty when there are none. */
    static Map<String, String> checkDraft(Framework framework, Map<String, String> answers, Map<String, String> comments) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<String> statements = framework.components().stream()
                .flatMap(component -> component.statements().stream()).map(Framework.Statement::id)
                .collect(Collectors.toSet());
        answers.forEach((id, stage) -> {
            if (!statements.contains(id)) {
                errors.put(path("answers", id), "This is not a statement of this survey");
            } else if (!isStage(stage)) {
                errors.put(path("answers", id), "Choose an answer from the scale: " + Words.choices(Stage.class));
            }
        });
        comments.forEach((name, text) -> {
            Framework.Component component = framework.components().stream()
                    .filter(c -> c.component() != null && c.component().name().equals(name)).findFirst().orElse(null);
            if (component == null) {
                errors.put(path("comments", name), "This is not a component of this survey");
            } else if (!component.commentAllowed()) {
                errors.put(path("comments", name), "This component takes no comment in this survey");
            } else if (text == null) {
                errors.put(path("comments", name), "Enter the comment as text");
            } else if (text.length() > MAX_COMMENT_LENGTH) {
                errors.put(path("comments", name), "Comment must be " + String.format(Locale.UK, "%,d", MAX_COMMENT_LENGTH) + " characters or fewer");
            }
        });
        return errors;
    }

    /** Problems with a response to submit: those of a draft, and every required statement left unanswered. */
    static Map<String, String> checkSubmission(Framework framework, Map<String, String> answers, Map<String, String> comments) {
        Map<String, String> errors = checkDraft(framework, answers, comments);
        framework.components().stream().flatMap(component -> component.statements().stream())
                .filter(Framework.Statement::required)
                .filter(statement -> !answers.containsKey(statement.id()))
                .forEach(statement -> errors.put(path("answers", statement.id()), "Select an answer for this statement"));
        return errors;
    }

    /** Comments without the blank ones (an emptied comment box is no comment). */
    static Map<String, String> withoutBlank(Map<String, String> comments) {
        Map<String, String> kept = new LinkedHashMap<>();
        comments.forEach((name, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(name, text.strip());
            }
        });
        return kept;
    }

    private static boolean isStage(String value) {
        return value != null && Arrays.stream(Stage.values()).anyMatch(stage -> stage.name().equals(value));
    }

    private static String path(String map, String key) {
        if (PLAIN_NAME.matcher(key).matches()) {
            return map + "." + key;
        }
        return map + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
