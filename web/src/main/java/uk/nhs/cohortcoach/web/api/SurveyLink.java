package uk.nhs.cohortcoach.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The survey behind an emailed link, as survey-service's {@code GET /api/respond/{token}} answers it: the
 * wave, the framework's components with their statements, the stage scale and the respondent's saved draft.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyLink(Wave wave, String framework, List<Component> components, List<Stage> stages, Draft draft) {

    public SurveyLink {
        components = components == null ? List.of() : List.copyOf(components);
        stages = stages == null ? List.of() : List.copyOf(stages);
        draft = draft == null ? new Draft(Map.of(), Map.of()) : draft;
    }

    /** The wave: {@code label} is baseline, midpoint or end (or a manager's own word); when it closes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Wave(String label, Instant closesAt) {
    }

    /** One component of the framework, one step of the survey. {@code component} names it for comments. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Component(String component, String title, boolean commentAllowed, List<Statement> statements) {

        public Component {
            statements = statements == null ? List.of() : List.copyOf(statements);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(String id, String text, boolean required) {
    }

    /** A stage of the scale: {@code NOT_YET_STARTED} … {@code FULLY_EMBEDDED}, with its words. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Stage(String value, String label) {
    }

    /** The answers and comments saved so far: statement id → stage, component → comment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Draft(Map<String, String> answers, Map<String, String> comments) {

        public Draft {
            answers = answers == null ? Map.of() : Map.copyOf(answers);
            comments = comments == null ? Map.of() : Map.copyOf(comments);
        }

        public boolean empty() {
            return answers.isEmpty() && comments.isEmpty();
        }
    }

    /** The words of a stage value, or the value itself for one not on the scale. */
    public String stageLabel(String value) {
        return stages.stream().filter(stage -> stage.value().equals(value)).map(Stage::label).findFirst().orElse(value);
    }

    /** The 1-based step of the first component with a statement left unanswered, if any. */
    public Optional<Integer> firstUnansweredStep() {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).statements().stream().anyMatch(statement -> !draft.answers().containsKey(statement.id()))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
