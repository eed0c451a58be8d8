package uk.nhs.cohortcoach.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.nhs.cohortcoach.web.api.CoachingFigures;
import uk.nhs.cohortcoach.web.api.Collaborative;
import uk.nhs.cohortcoach.web.api.SurveySummary;
import uk.nhs.cohortcoach.web.surveys.SurveyWords;

/**
 * What the dashboard and "My collaboratives" show of one cohort, joined from the cohort's collaboratives and the two
 * summaries (each may be null when its service could not answer): one row per collaborative, the whole cohort, the
 * components of the latest wave, and everything that needs attention, each with where to act. Public: the templates
 * read it. Built for a programme manager, the links lead to their pages (the collaborative, the session to reopen its
 * log); for a coach, to theirs (their sessions).
 */
public record ProgrammeView(List<ProgressRow> rows, ProgressRow total, SurveySummary.Wave wave, List<String> components,
        List<String> componentTitles, List<Item> attention, boolean coachingAvailable, boolean surveyAvailable) {

    /** One thing that needs attention: which collaborative, the reason in words, and the link to act on it. */
    public record Item(String collaborativeId, String collaborative, String reason, String words, String href, String linkText) {
    }

    static ProgrammeView of(List<Collaborative> collaboratives, CoachingFigures coaching, SurveySummary survey, boolean forManager) {
        Map<String, CoachingFigures.Row> coachingRows = coaching == null ? Map.of()
                : coaching.collaboratives().stream().collect(Collectors.toMap(CoachingFigures.Row::collaborativeId, Function.identity(), (a, b) -> a));
        Map<String, SurveySummary.Group> surveyRows = survey == null ? Map.of()
                : survey.collaboratives().stream().collect(Collectors.toMap(SurveySummary.Group::collaborativeId, Function.identity(), (a, b) -> a));
        List<ProgressRow> rows = collaboratives.stream()
                .map(c -> new ProgressRow(c.id(), c.name(), coachingRows.get(c.id()), surveyRows.get(c.id()))).toList();
        ProgressRow total = collaboratives.isEmpty() || coaching == null && survey == null ? null
                : new ProgressRow(null, "Whole cohort", coaching == null ? null : coaching.cohort(), survey == null ? null : survey.cohort());
        SurveySummary.Wave wave = survey == null ? null : survey.wave();
        List<String> components = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        if (survey != null) {
            survey.collaboratives().stream().findFirst().or(() -> java.util.Optional.ofNullable(survey.cohort()))
                    .ifPresent(g -> g.components().forEach(c -> {
                        components.add(c.component());
                        titles.add(c.title() == null ? SurveyWords.component(c.component()) : c.title());
                    }));
        }
        List<Item> attention = new ArrayList<>();
        for (ProgressRow row : rows) {
            if (row.coaching() != null) {
                for (CoachingFigures.Attention a : row.coaching().attention()) {
                    attention.add(coachingItem(row, a, forManager));
                }
            }
            if (row.survey() != null && wave != null) {
                for (SurveySummary.Attention a : row.survey().attention()) {
                    attention.add(new Item(row.id(), row.name(), a.reason(), a.words(), "/surveys/" + wave.waveId(), "See the survey"));
                }
            }
        }
        return new ProgrammeView(rows, total, wave, components, titles, attention, coaching != null, survey != null);
    }

    private static Item coachingItem(ProgressRow row, CoachingFigures.Attention a, boolean forManager) {
        return switch (a.reason()) {
            case "LOG_OVERDUE" -> new Item(row.id(), row.name(), a.reason(), a.words(), "/sessions/" + a.sessionId(),
                    forManager ? "Reopen the log" : "See the session");
            case "ACTIONS_OVERDUE" -> new Item(row.id(), row.name(), a.reason(), a.words(), "/actions", "See the actions");
            default -> forManager ? new Item(row.id(), row.name(), a.reason(), a.words(), "/collaboratives/" + row.id(), "See the collaborative")
                    : new Item(row.id(), row.name(), a.reason(), a.words(), "/my-sessions", "See your sessions");
        };
    }

    /** The items about one collaborative (the coach's page lists them under it). */
    public List<Item> attentionFor(String collaborativeId) {
        return attention.stream().filter(i -> collaborativeId.equals(i.collaborativeId())).toList();
    }
}
