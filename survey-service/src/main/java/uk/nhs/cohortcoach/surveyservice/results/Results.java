package uk.nhs.cohortcoach.surveyservice.results;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.invitation.InvitationCounts;
import uk.nhs.cohortcoach.surveyservice.readmodel.CollaborativeView;
import uk.nhs.cohortcoach.surveyservice.response.Response;
import uk.nhs.cohortcoach.surveyservice.response.ResultCounts;
import uk.nhs.cohortcoach.surveyservice.response.RunningCounts;
import uk.nhs.cohortcoach.surveyservice.response.StoredResponses;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.Counts;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ComponentPoint;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.ComponentTrend;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Group;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.StatementPoint;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.StatementTrend;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.Trend;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults.TrendWave;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * Reads results from the running counts ({@code result_counts}, one document per wave and
 * collaborative, with the role breakdown) and the invitation counts ({@link InvitationCounts}); never reads a
 * response or an invitation (the comments read the responses of the collaboratives whose figures are shown). Who sees what: programme managers
 * everything; coaches the collaboratives they coach, and the cohort group only when they coach every
 * collaborative in it; anyone else is refused.
 */
@Service
public class Results {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MongoTemplate mongo;
    private final RunningCounts runningCounts;
    private final StoredResponses storedResponses;
    private final InvitationCounts invitationCounts;

    public Results(MongoTemplate mongo, RunningCounts runningCounts, StoredResponses storedResponses, InvitationCounts invitationCounts) {
        this.invitationCounts = invitationCounts;
        this.mongo = mongo;
        this.runningCounts = runningCounts;
        this.storedResponses = storedResponses;
    }

    public WaveResults forWave(String waveId, Viewer viewer) {
        requireReader(viewer);
        Wave wave = wave(waveId);
        List<CollaborativeView> all = collaborativesOf(wave.cohortId());
        WaveResults everything = WavePublication.results(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(),
                wave.frameworkNumber(), input(wave, framework(wave), all));
        boolean seesAll = !all.isEmpty() && all.stream().allMatch(c -> sees(viewer, c));
        List<Group> visible = everything.collaboratives().stream()
                .filter(g -> all.stream().anyMatch(c -> c.id().equals(g.collaborativeId()) && sees(viewer, c))).toList();
        return new WaveResults(everything.waveId(), everything.cohortId(), everything.label(), everything.frameworkId(),
                everything.frameworkNumber(), seesAll ? everything.cohort() : null, visible, seesAll ? everything.roles() : List.of());
    }

    /**
     * The wave's comments for a programme manager: a collaborative's only when its figures are shown, in
     * a new random order each time, each with its component only.
     */
    public WaveComments comments(String waveId, Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER)) {
            throw new AccessDeniedException("comments are for programme managers");
        }
        Wave wave = wave(waveId);
        List<CollaborativeView> all = collaborativesOf(wave.cohortId());
        WaveResults results = WavePublication.results(wave.id(), wave.cohortId(), wave.label(), wave.frameworkId(),
                wave.frameworkNumber(), input(wave, framework(wave), all));
        List<WaveComments.GroupComments> groups = new ArrayList<>();
        for (Group g : results.collaboratives()) {
            if (g.figures().suppressed()) {
                groups.add(new WaveComments.GroupComments(g.collaborativeId(), g.name(), true, g.figures().reason(), g.figures().note(), List.of()));
            } else {
                List<WaveComments.Comment> shuffled = new ArrayList<>();
                for (Response response : storedResponses.of(wave.id(), g.collaborativeId())) {
                    response.comments().forEach((component, text) -> {
                        if (text != null && !text.isBlank()) {
                            shuffled.add(new WaveComments.Comment(component, text));
                        }
                    });
                }
                Collections.shuffle(shuffled, RANDOM);
                groups.add(new WaveComments.GroupComments(g.collaborativeId(), g.name(), false, null, null, List.copyOf(shuffled)));
            }
        }
        return new WaveComments(wave.id(), groups);
    }

    /** The wave's counts (invited, submitted) as the wave list and wave page show them: submitted only when the cohort's total is shown. */
    public WaveCounts countsOf(Wave wave) {
        Map<String, Long> invitations = invitationCounts.invited(wave.id());
        long invited = invitations.values().stream().mapToLong(Long::longValue).sum();
        return WavePublication.counts(input(wave, framework(wave), collaborativesOf(wave.cohortId()), invitations), invited);
    }

    private WavePublication.Input input(Wave wave, Framework framework, List<CollaborativeView> collaboratives) {
        return input(wave, framework, collaboratives, invitationCounts.invited(wave.id()));
    }

    private WavePublication.Input input(Wave wave, Framework framework, List<CollaborativeView> collaboratives, Map<String, Long> invitations) {
        List<ResultCounts> waveCounts = runningCounts.ofWave(wave.id());
        Map<String, Counts> counts = new HashMap<>();
        waveCounts.forEach(c -> counts.put(c.collaborativeId(), new Counts(c.responses(), c.stages())));
        List<WavePublication.CollaborativeInput> inputs = new ArrayList<>();
        for (CollaborativeView c : collaboratives) {
            long invited = invitations.getOrDefault(c.id(), 0L);
            inputs.add(new WavePublication.CollaborativeInput(c.id(), c.name(), invited, counts.getOrDefault(c.id(), Counts.NONE)));
        }
        return new WavePublication.Input(framework, inputs, byRole(waveCounts, collaboratives));
    }

    /**
     * The wave's answers counted by leadership role category, as each response carries it (a response without one
     * counts as {@code OTHER}); only the responses of the cohort's collaboratives. From the running counts' role
     * breakdown: no response is read.
     */
    private static Map<String, Counts> byRole(List<ResultCounts> waveCounts, List<CollaborativeView> collaboratives) {
        Set<String> ids = collaboratives.stream().map(CollaborativeView::id).collect(Collectors.toSet());
        Map<String, Long> responses = new HashMap<>();
        Map<String, Map<String, Map<String, Long>>> stages = new HashMap<>();
        for (ResultCounts counts : waveCounts) {
            if (!ids.contains(counts.collaborativeId())) {
                continue;
            }
            counts.roles().forEach((stored, roleCounts) -> {
                String role = roleCategory(stored);
                responses.merge(role, roleCounts.responses(), Long::sum);
                Map<String, Map<String, Long>> byStatement = stages.computeIfAbsent(role, r -> new HashMap<>());
                roleCounts.stages().forEach((statement, byStage) -> byStage.forEach((stage, n) ->
                        byStatement.computeIfAbsent(statement, x -> new HashMap<>()).merge(stage, n, Long::sum)));
            });
        }
        Map<String, Counts> byRole = new HashMap<>();
        responses.forEach((role, n) -> {
            if (n > 0) {
                byRole.put(role, new Counts(n, stages.getOrDefault(role, Map.of())));
            }
        });
        return byRole;
    }

    static String roleCategory(Object stored) {
        return stored instanceof String s && !s.isBlank() ? s.trim().toUpperCase(Locale.ROOT) : "OTHER";
    }

    /**
     * The trend of a collaborative (or, with {@code collaborativeId} null, the cohort) across the cohort's opened waves on
     * this wave's framework, whichever version each used: statements compared by id ({@link TrendStatements}).
     */
    public Trend trend(String waveId, String collaborativeId, Viewer viewer) {
        requireReader(viewer);
        Wave wave = wave(waveId);
        Framework framework = framework(wave);
        List<CollaborativeView> all = collaborativesOf(wave.cohortId());
        String name;
        if (collaborativeId == null) {
            if (all.isEmpty() || !all.stream().allMatch(c -> sees(viewer, c))) {
                throw new AccessDeniedException("the cohort's results are for programme managers and coaches of all its collaboratives");
            }
            name = "Cohort";
        } else {
            CollaborativeView collaborative = all.stream().filter(c -> c.id().equals(collaborativeId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("collaborative", collaborativeId));
            if (!sees(viewer, collaborative)) {
                throw new AccessDeniedException("coaches see the results of the collaboratives they coach");
            }
            name = collaborative.name();
        }
        List<Wave> waves = mongo.find(query(where("cohortId").is(wave.cohortId()).and("frameworkId").is(wave.frameworkId())
                .and("status").in(WaveStatus.OPEN, WaveStatus.CLOSED)), Wave.class).stream()
                .sorted(Comparator.comparing(Wave::opensAt).thenComparing(Wave::id)).toList();
        Map<Integer, Framework> versions = new HashMap<>();
        versions.put(framework.number(), framework);
        for (Wave w : waves) {
            versions.computeIfAbsent(w.frameworkNumber(), n -> framework(w));
        }
        List<Framework> asked = waves.stream().map(w -> versions.get(w.frameworkNumber())).toList();
        TrendStatements statements = TrendStatements.of(framework, asked);

        List<TrendWave> trendWaves = new ArrayList<>();
        List<List<ComponentPoint>> points = new ArrayList<>();
        List<Map<String, List<StatementPoint>>> statementPoints = new ArrayList<>();
        framework.components().forEach(c -> {
            points.add(new ArrayList<>());
            statementPoints.add(new HashMap<>());
        });
        for (int n = 0; n < waves.size(); n++) {
            Wave w = waves.get(n);
            Framework version = asked.get(n);
            WavePublication.Input input = input(w, version, all);
            GroupFigures figures = WavePublication.trendFigures(input, collaborativeId);
            GroupFigures compared = figures.suppressed() ? figures : WavePublication.trendFigures(
                    new WavePublication.Input(statements.compared(version), input.collaboratives(), input.byRole()), collaborativeId);
            trendWaves.add(new TrendWave(w.id(), w.label(), w.opensAt(), w.frameworkNumber(), figures.suppressed(), figures.note()));
            for (int i = 0; i < framework.components().size(); i++) {
                String component = framework.components().get(i).component().name();
                ComponentFigures c = figures.suppressed() ? null : compared.components().stream()
                        .filter(f -> f.component().equals(component)).findFirst().orElse(null);
                points.get(i).add(c == null ? new ComponentPoint(w.id(), w.label(), true, figures.note(), null, null)
                        : new ComponentPoint(w.id(), w.label(), false, null, c.medianStage(), c.sharePercent()));
                for (String statementId : statements.union(component)) {
                    statementPoints.get(i).computeIfAbsent(statementId, k -> new ArrayList<>())
                            .add(statementPoint(w, figures, component, statementId, TrendStatements.asks(version, component, statementId)));
                }
            }
        }
        List<ComponentTrend> components = new ArrayList<>();
        for (int i = 0; i < framework.components().size(); i++) {
            Framework.Component c = framework.components().get(i);
            String component = c.component().name();
            Map<String, List<StatementPoint>> byStatement = statementPoints.get(i);
            List<StatementTrend> trends = statements.union(component).stream()
                    .map(id -> new StatementTrend(id, statements.text(component, id), statements.change(component, id),
                            byStatement.getOrDefault(id, List.of()))).toList();
            components.add(new ComponentTrend(component, c.title(), statements.compared(component), points.get(i), trends));
        }
        return new Trend(wave.cohortId(), collaborativeId, name, wave.frameworkId(), wave.frameworkNumber(), trendWaves, components);
    }

    /**
     * A cohort's survey summary (see {@link CohortSurveySummary}): the latest opened wave, each collaborative the viewer
     * may see with its response rate, medians by component, the previous wave's for the trend, and what needs
     * attention. The same reads as the results of two waves, whatever the number of collaboratives. Programme managers
     * everything; coaches the collaboratives they coach, and the cohort group only when they coach them all;
     * participants 403; a cohort this service has not heard of 404.
     */
    public CohortSurveySummary summary(String cohortId, Viewer viewer, Instant now) {
        requireReader(viewer);
        List<CollaborativeView> all = collaborativesOf(cohortId);
        if (all.isEmpty() && mongo.findById(cohortId, uk.nhs.cohortcoach.surveyservice.readmodel.CohortView.class) == null) {
            throw new NotFoundException("cohort", cohortId);
        }
        List<Wave> opened = mongo.find(query(where("cohortId").is(cohortId).and("status").in(WaveStatus.OPEN, WaveStatus.CLOSED)),
                Wave.class).stream().sorted(Comparator.comparing(Wave::opensAt).thenComparing(Wave::id).reversed()).toList();
        if (opened.isEmpty()) {
            return new CohortSurveySummary(cohortId, null, null, List.of());
        }
        Wave latest = opened.get(0);
        Wave previous = opened.stream().skip(1).filter(w -> w.frameworkId().equals(latest.frameworkId())).findFirst().orElse(null);
        Framework framework = framework(latest);
        SummaryPublication.WaveViews latestViews;
        SummaryPublication.WaveViews previousViews = null;
        if (previous == null) {
            latestViews = SummaryPublication.WaveViews.of(input(latest, framework, all), null);
        } else {
            Framework before = framework(previous);
            TrendStatements statements = TrendStatements.of(framework, List.of(before, framework));
            latestViews = SummaryPublication.WaveViews.of(input(latest, framework, all), statements.compared(framework));
            previousViews = SummaryPublication.WaveViews.of(input(previous, before, all), statements.compared(before));
        }
        Long daysToClose = latest.status() == WaveStatus.OPEN
                ? ChronoUnit.DAYS.between(LocalDate.ofInstant(now, LONDON), LocalDate.ofInstant(latest.closesAt(), LONDON)) : null;
        List<CohortSurveySummary.GroupSummary> groups = SummaryPublication.groups(framework, latestViews, previousViews, latest.status(),
                daysToClose);
        CohortSurveySummary.GroupSummary cohort = groups.get(groups.size() - 1);
        boolean seesAll = !all.isEmpty() && all.stream().allMatch(c -> sees(viewer, c));
        List<CohortSurveySummary.GroupSummary> visible = groups.subList(0, groups.size() - 1).stream()
                .filter(g -> all.stream().anyMatch(c -> c.id().equals(g.collaborativeId()) && sees(viewer, c))).toList();
        return new CohortSurveySummary(cohortId, new CohortSurveySummary.LatestWave(latest.id(), latest.label(), latest.status(),
                latest.opensAt(), latest.closesAt(), daysToClose, previous == null ? null : previous.id(),
                previous == null ? null : previous.label()), seesAll ? cohort : null, visible);
    }

    private static StatementPoint statementPoint(Wave w, GroupFigures figures, String component, String statementId, boolean asked) {
        if (!asked) {
            return new StatementPoint(w.id(), w.label(), false, false, null, null, null);
        }
        if (figures.suppressed()) {
            return new StatementPoint(w.id(), w.label(), true, true, figures.note(), null, null);
        }
        return figures.components().stream().filter(f -> f.component().equals(component))
                .flatMap(f -> f.statements().stream()).filter(st -> st.statementId().equals(statementId)).findFirst()
                .map(st -> new StatementPoint(w.id(), w.label(), true, false, null, st.answers(), st.sharePercent()))
                .orElse(new StatementPoint(w.id(), w.label(), false, false, null, null, null));
    }

    private static void requireReader(Viewer viewer) {
        if (!viewer.is(Role.PROGRAMME_MANAGER) && !viewer.is(Role.COACH)) {
            throw new AccessDeniedException("results are for programme managers and coaches");
        }
    }

    private static boolean sees(Viewer viewer, CollaborativeView collaborative) {
        return viewer.is(Role.PROGRAMME_MANAGER) || (viewer.is(Role.COACH) && collaborative.coachIds().contains(viewer.personId()));
    }

    private Wave wave(String waveId) {
        Wave wave = mongo.findById(waveId, Wave.class);
        if (wave == null) {
            throw new NotFoundException("wave", waveId);
        }
        return wave;
    }

    private Framework framework(Wave wave) {
        Framework framework = mongo.findById(Framework.idOf(wave.frameworkId(), wave.frameworkNumber()), Framework.class);
        if (framework == null) {
            throw new IllegalStateException("wave " + wave.id() + " refers to a missing framework version");
        }
        return framework;
    }

    private List<CollaborativeView> collaborativesOf(String cohortId) {
        return mongo.find(query(where("cohortId").is(cohortId)), CollaborativeView.class).stream()
                .sorted(Comparator.comparing(CollaborativeView::name).thenComparing(CollaborativeView::id)).toList();
    }
}
