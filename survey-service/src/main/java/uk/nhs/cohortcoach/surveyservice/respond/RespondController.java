package uk.nhs.cohortcoach.surveyservice.respond;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.input.FreeText;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;

/**
 * The respondent's side of a survey, reached by the invitation link alone. The only place any
 * person's answers are ever returned: their own draft, to them, until they submit.
 */
@RestController
@RequestMapping("/api/respond/{token}")
@SecurityRequirements // the survey link's token is the only key: no platform token
class RespondController {

    private final Answering answering;

    RespondController(Answering answering) {
        this.answering = answering;
    }

    /** Answers and comments, as sent to save a draft or submit. */
    record AnswersBody(Map<String, String> answers, @FreeText Map<String, String> comments) {

        Map<String, String> answersOrEmpty() {
            return answers == null ? Map.of() : answers;
        }

        Map<String, String> commentsOrEmpty() {
            return comments == null ? Map.of() : comments;
        }
    }

    record SurveyView(WaveView wave, String framework, List<ComponentView> components, List<StageView> stages,
            DraftView draft) {
    }

    record WaveView(String label, Instant closesAt) {
    }

    record ComponentView(String component, String title, boolean commentAllowed, List<StatementView> statements) {
    }

    record StatementView(String id, String text, boolean required) {
    }

    record StageView(String value, String label) {
    }

    record DraftView(Map<String, String> answers, @FreeText Map<String, String> comments) {
    }

    record Submitted(String status, Instant submittedAt) {
    }

    @GetMapping
    SurveyView survey(@PathVariable String token) {
        return view(answering.open(token));
    }

    @PutMapping("/draft")
    SurveyView saveDraft(@PathVariable String token, @RequestBody AnswersBody body) {
        return view(answering.saveDraft(token, body.answersOrEmpty(), body.commentsOrEmpty()));
    }

    /** With no body, submits the saved draft. */
    @PostMapping("/submit")
    Submitted submit(@PathVariable String token, @RequestBody(required = false) AnswersBody body) {
        Instant at = body == null ? answering.submit(token, null, null)
                : answering.submit(token, body.answersOrEmpty(), body.commentsOrEmpty());
        return new Submitted("SUBMITTED", at);
    }

    private static SurveyView view(Answering.Answerable answerable) {
        Framework framework = answerable.framework();
        List<ComponentView> components = framework.components().stream()
                .map(c -> new ComponentView(c.component() == null ? null : c.component().name(), c.title(), c.commentAllowed(),
                        c.statements().stream().map(s -> new StatementView(s.id(), s.text(), s.required())).toList()))
                .toList();
        List<StageView> stages = Arrays.stream(Stage.values()).map(s -> new StageView(s.name(), label(s))).toList();
        return new SurveyView(new WaveView(answerable.wave().label(), answerable.wave().closesAt()), framework.name(),
                components, stages, new DraftView(answerable.invitation().draftAnswers(), answerable.invitation().draftComments()));
    }

    private static String label(Stage stage) {
        String words = stage.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
