package uk.nhs.cohortcoach.coachingservice.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.coachingservice.TestData;
import uk.nhs.cohortcoach.coachingservice.session.EquityPause;
import uk.nhs.cohortcoach.coachingservice.session.Session;
import uk.nhs.cohortcoach.coachingservice.session.SessionLog;
import uk.nhs.cohortcoach.coachingservice.session.SessionStatus;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

class InsightArithmeticTest {

    private static final Instant START = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void countsOnlyLoggedSessionsAndListsWhatHeldPausesSurfacedInTheOrderTheSessionsStarted() {
        List<Session> sessions = List.of(
                logged("a", START.plus(Duration.ofDays(2)), Set.of(MaturityComponent.EMBEDDING_EQUITY), new EquityPause(true, "Second")),
                logged("b", START, Set.of(MaturityComponent.EMBEDDING_EQUITY, MaturityComponent.PEOPLE_AND_CULTURE),
                        new EquityPause(true, "First")),
                logged("a", START.plus(Duration.ofDays(3)), Set.of(), new EquityPause(false, null)),
                logged("a", START.plus(Duration.ofDays(4)), Set.of(), new EquityPause(true, "  ")),
                TestData.session("c", "a", "coach", START, Duration.ofHours(1), List.of(), SessionStatus.SCHEDULED, null),
                TestData.session("c", "a", "coach", START, Duration.ofHours(1), List.of(), SessionStatus.NOT_HELD,
                        log(Set.of(MaturityComponent.LEADERSHIP_BEHAVIOURS), new EquityPause(true, "Never counted"))));

        CohortInsights insights = InsightArithmetic.of(sessions);

        assertThat(insights.sessionsLogged()).isEqualTo(4);
        assertThat(insights.collaboratives()).isEqualTo(2);
        assertThat(insights.byComponent()).extracting(CohortInsights.ComponentCount::component)
                .containsExactly(MaturityComponent.values());
        assertThat(count(insights, MaturityComponent.EMBEDDING_EQUITY)).isEqualTo(2);
        assertThat(count(insights, MaturityComponent.PEOPLE_AND_CULTURE)).isEqualTo(1);
        assertThat(count(insights, MaturityComponent.LEADERSHIP_BEHAVIOURS)).isZero();
        assertThat(insights.equityPauses()).isEqualTo(new CohortInsights.EquityPauses(3, 1));
        assertThat(insights.surfaced()).containsExactly("First", "Second");
    }

    @Test
    void nothingLoggedIsNoSessionsEveryComponentAtZeroAndNothingSurfaced() {
        CohortInsights insights = InsightArithmetic.of(List.of());

        assertThat(insights.sessionsLogged()).isZero();
        assertThat(insights.byComponent()).hasSize(MaturityComponent.values().length).allMatch(c -> c.sessions() == 0);
        assertThat(insights.equityPauses()).isEqualTo(new CohortInsights.EquityPauses(0, 0));
        assertThat(insights.surfaced()).isEmpty();
    }

    @Test
    void generatedSessionsAgreeWithTheRuleSaidSessionBySession() {
        Random random = new Random(20_2026);
        SessionStatus[] statuses = SessionStatus.values();
        MaturityComponent[] components = MaturityComponent.values();
        for (int round = 0; round < 2_000; round++) {
            List<Session> sessions = new ArrayList<>();
            int logged = 0;
            int held = 0;
            int[] perComponent = new int[components.length];
            Set<String> collaboratives = new HashSet<>();
            int surfacedTexts = 0;
            for (int i = random.nextInt(12); i > 0; i--) {
                SessionStatus status = statuses[random.nextInt(statuses.length)];
                Set<MaturityComponent> themes = EnumSet.noneOf(MaturityComponent.class);
                for (MaturityComponent component : components) {
                    if (random.nextInt(3) == 0) {
                        themes.add(component);
                    }
                }
                boolean pauseHeld = random.nextBoolean();
                String text = pauseHeld && random.nextBoolean() ? "text " + round + "-" + i : null;
                SessionLog log = random.nextInt(4) == 0 ? null : log(themes, random.nextInt(10) == 0 ? null : new EquityPause(pauseHeld, text));
                String collaborative = "collab-" + random.nextInt(4);
                sessions.add(TestData.session("c", collaborative, "coach", START.plus(Duration.ofHours(random.nextInt(500))),
                        Duration.ofHours(1), List.of(), status, log));
                if (status == SessionStatus.SCHEDULED && log != null) {
                    logged++;
                    collaboratives.add(collaborative);
                    themes.forEach(theme -> perComponent[theme.ordinal()]++);
                    if (log.equityPause() != null && log.equityPause().held()) {
                        held++;
                        surfacedTexts += log.equityPause().surfaced() == null ? 0 : 1;
                    }
                }
            }

            CohortInsights insights = InsightArithmetic.of(sessions);

            assertThat(insights.sessionsLogged()).as("round %d", round).isEqualTo(logged);
            assertThat(insights.collaboratives()).as("round %d", round).isEqualTo(collaboratives.size());
            assertThat(insights.equityPauses().held() + insights.equityPauses().notHeld()).isEqualTo(logged);
            assertThat(insights.equityPauses().held()).as("round %d", round).isEqualTo(held);
            assertThat(insights.surfaced()).as("round %d", round).hasSize(surfacedTexts);
            for (MaturityComponent component : components) {
                assertThat(count(insights, component)).as("round %d %s", round, component).isEqualTo(perComponent[component.ordinal()]);
            }
        }
    }

    private static int count(CohortInsights insights, MaturityComponent component) {
        return insights.byComponent().stream().filter(c -> c.component() == component).findFirst().orElseThrow().sessions();
    }

    private static Session logged(String collaborative, Instant startsAt, Set<MaturityComponent> themes, EquityPause pause) {
        return TestData.session("c", collaborative, "coach", startsAt, Duration.ofHours(1), List.of(), SessionStatus.SCHEDULED,
                log(themes, pause));
    }

    private static SessionLog log(Set<MaturityComponent> themes, EquityPause pause) {
        return new SessionLog(List.of(), List.of(), "notes", themes, pause, START, START);
    }
}
