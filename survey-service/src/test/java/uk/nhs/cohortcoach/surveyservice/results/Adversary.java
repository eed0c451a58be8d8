package uk.nhs.cohortcoach.surveyservice.results;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;
import uk.nhs.cohortcoach.surveyservice.framework.Stage;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.ComponentFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.GroupFigures;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCalculator.StatementFigures;

/**
 * Someone who reads everything the platform publishes about a cohort's waves (results JSON, results
 * CSV, trend, the wave's counts) and tries to work out a hidden group. What it tries, per wave:
 *
 * <ol>
 * <li>Gathers every figure shown: the cohort total (from the results, the response rate, the CSV or
 * the wave's counts), each group's count and, from share × answers, its exact answers per stage.</li>
 * <li>Bounds each hidden group: "fewer than 5" means 0–4 (and no more than were invited); hidden for
 * another reason means at least 5, and no more than the smallest group still shown beside it (the
 * rule hides the smallest first).</li>
 * <li>Total minus parts, in both breakdowns (collaboratives and roles) at once, joined by their common
 * total, tightened until nothing changes: a hidden group whose count is left with one possible value is
 * recovered.</li>
 * <li>The same per statement and stage: the hidden groups' answers are the total's minus the shown
 * groups'; a hidden group whose answers to a statement are left with one possibility is recovered.</li>
 * <li>Views against each other: a group hidden in the results but shown in the CSV or the trend.</li>
 * </ol>
 */
final class Adversary {

    private static final long UNBOUNDED = Long.MAX_VALUE / 8;
    private static final String COHORT = "Cohort";

    /** Everything published about one wave. {@code trend}: group key (collaborative id, or null for the cohort) → its point in the trend. */
    record Published(Framework framework, WaveResults results, String csv, WaveCounts counts, Map<String, GroupFigures> trend,
            List<CohortSurveySummary.GroupSummary> summary) {

        Published(Framework framework, WaveResults results, String csv, WaveCounts counts, Map<String, GroupFigures> trend) {
            this(framework, results, csv, counts, trend, List.of());
        }

        /** A group's submitted count as the dashboards' survey summary gives it (null: not given). */
        Long summarySubmitted(String collaborativeId) {
            return summary == null ? null : summary.stream().filter(g -> g != null && java.util.Objects.equals(g.collaborativeId(), collaborativeId))
                    .map(g -> g.responseRate().submitted()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
    }

    /** Something worked out about a hidden group: its respondent count, or its answers (per stage) to one statement. */
    record Recovery(String wave, String group, String how, String statement, long count, long[] byStage) {

        @Override
        public String toString() {
            return wave + " / " + group + ": " + how + (statement == null ? " → " + count + " respondents"
                    : " → answers to " + statement + " per stage " + java.util.Arrays.toString(byStage));
        }
    }

    /** A group as the adversary sees it: a value range and, when shown, its answers per statement and stage. */
    private static final class Cell {
        final String name;
        final boolean hidden;
        final boolean primary;
        long lo;
        long hi;
        final long priorLo;
        final long priorHi;
        final Map<String, long[]> answers;

        Cell(String name, boolean hidden, boolean primary, long lo, long hi, Map<String, long[]> answers) {
            this.name = name;
            this.hidden = hidden;
            this.primary = primary;
            this.lo = lo;
            this.hi = hi;
            this.priorLo = lo;
            this.priorHi = hi;
            this.answers = answers;
        }
    }

    List<Recovery> attack(String waveName, Published p) {
        List<Recovery> found = new ArrayList<>();
        WaveResults r = p.results();
        Map<String, Long> csvCounts = csvCounts(p.csv());

        // the total
        Cell total;
        GroupFigures cohortFigures = r.cohort() == null ? null : r.cohort().figures();
        Long knownTotal = null;
        if (cohortFigures != null && !cohortFigures.suppressed()) {
            knownTotal = cohortFigures.responses();
        }
        if (r.cohort() != null && r.cohort().responseRate().submitted() != null) {
            knownTotal = r.cohort().responseRate().submitted();
        }
        if (p.counts() != null && p.counts().submitted() != null) {
            knownTotal = p.counts().submitted();
        }
        if (csvCounts.containsKey(COHORT)) {
            knownTotal = csvCounts.get(COHORT);
        }
        if (p.summarySubmitted(null) != null) {
            knownTotal = p.summarySubmitted(null);
        }
        if (knownTotal != null) {
            total = new Cell(COHORT, false, false, knownTotal, knownTotal, answersOf(p.framework(), cohortFigures));
        } else {
            // "fewer than 5" bounds it to 0–4; hidden to protect another, at least 5; any other reason, nothing
            String note = cohortFigures == null ? null : cohortFigures.note();
            boolean primary = ResultsCalculator.FEWER_THAN_5.equals(note);
            boolean protecting = Disclosure.Reason.PROTECTS_ANOTHER.note().equals(note);
            total = new Cell(COHORT, true, primary, protecting ? 5 : 0, primary ? 4 : UNBOUNDED, null);
        }

        // the collaboratives, bounded by their invitations
        List<Cell> collaboratives = new ArrayList<>();
        for (WaveResults.Group g : r.collaboratives()) {
            Long count = !g.figures().suppressed() ? g.figures().responses()
                    : g.responseRate().submitted() != null ? g.responseRate().submitted()
                    : csvCounts.get(g.name()) != null ? csvCounts.get(g.name()) : p.summarySubmitted(g.collaborativeId());
            if (count != null) {
                if (g.figures().suppressed()) {
                    found.add(new Recovery(waveName, g.name(), "its count is shown elsewhere (response rate, CSV or survey summary)", null, count,
                            null));
                }
                collaboratives.add(new Cell(g.name(), g.figures().suppressed(), false, count, count, answersOf(p.framework(), g.figures())));
            } else {
                collaboratives.add(hiddenCell(g.name(), g.figures().note(), g.responseRate().invited()));
            }
        }
        List<List<Cell>> partitions = new ArrayList<>();
        partitions.add(collaboratives);
        List<Cell> roles = new ArrayList<>();
        for (WaveResults.RoleGroup g : r.roles()) {
            Long inCsv = csvCounts.get(ResultsCsv.ROLE_PREFIX + g.roleCategory());
            if (g.figures().suppressed() && inCsv != null) {
                found.add(new Recovery(waveName, "role " + g.roleCategory(), "its count is shown in the CSV", null, inCsv, null));
            }
            roles.add(g.figures().suppressed() ? hiddenCell("role " + g.roleCategory(), g.figures().note(), -1)
                    : new Cell("role " + g.roleCategory(), false, false, g.figures().responses(), g.figures().responses(),
                            answersOf(p.framework(), g.figures())));
        }
        if (!roles.isEmpty()) {
            partitions.add(roles);
        }
        for (List<Cell> partition : partitions) {
            long smallestShown = partition.stream().filter(c -> !c.hidden).mapToLong(c -> c.lo).min().orElse(UNBOUNDED);
            partition.stream().filter(c -> c.hidden && !c.primary).forEach(c -> c.hi = Math.min(c.hi, smallestShown));
        }

        // total minus parts, both breakdowns joined by the total, until nothing changes
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<Cell> partition : partitions) {
                long sumLo = 0;
                long sumHi = 0;
                for (Cell c : partition) {
                    sumLo += c.lo;
                    sumHi = Math.min(UNBOUNDED, sumHi + c.hi);
                }
                changed |= tighten(total, sumLo, sumHi);
                for (Cell c : partition) {
                    long othersLo = sumLo - c.lo;
                    long othersHi = sumHi >= UNBOUNDED || c.hi >= UNBOUNDED ? UNBOUNDED : sumHi - c.hi;
                    changed |= tighten(c, total.lo - othersHi, total.hi >= UNBOUNDED ? UNBOUNDED : total.hi - othersLo);
                }
            }
        }
        for (List<Cell> partition : partitions) {
            for (Cell c : partition) {
                if (c.hidden && c.lo == c.hi && c.priorLo != c.priorHi) {
                    found.add(new Recovery(waveName, c.name, "total minus the shown groups (both breakdowns)", null, c.lo, null));
                }
            }
        }

        // answers per stage: the total's minus the shown groups', shared among the hidden ones
        if (total.answers != null) {
            for (List<Cell> partition : partitions) {
                List<Cell> hidden = partition.stream().filter(c -> c.hidden).toList();
                for (Framework.Component component : p.framework().components()) {
                    for (Framework.Statement statement : component.statements()) {
                        long[] rest = total.answers.get(statement.id()).clone();
                        for (Cell c : partition) {
                            if (!c.hidden) {
                                long[] shown = c.answers.get(statement.id());
                                for (int i = 0; i < rest.length; i++) {
                                    rest[i] -= shown[i];
                                }
                            }
                        }
                        for (Cell c : hidden) {
                            long[] exact = new long[rest.length];
                            boolean pinned = true;
                            for (int i = 0; i < rest.length; i++) {
                                long othersCanHold = 0;
                                for (Cell o : hidden) {
                                    if (o != c) {
                                        othersCanHold = Math.min(UNBOUNDED, othersCanHold + Math.min(rest[i], o.hi));
                                    }
                                }
                                long lo = Math.max(0, rest[i] - othersCanHold);
                                long hi = Math.min(rest[i], c.hi);
                                pinned &= lo == hi;
                                exact[i] = lo;
                            }
                            if (pinned && java.util.Arrays.stream(exact).sum() > 0) {
                                found.add(new Recovery(waveName, c.name, "statement share × count, total minus the shown groups",
                                        statement.id(), 0, exact));
                            }
                        }
                    }
                }
            }
        }

        // the trend against the results
        for (WaveResults.Group g : r.collaboratives()) {
            GroupFigures inTrend = p.trend().get(g.collaborativeId());
            if (g.figures().suppressed() && inTrend != null && !inTrend.suppressed()) {
                found.add(new Recovery(waveName, g.name(), "hidden in the results but plotted in the trend", null,
                        inTrend.responses(), null));
            }
        }
        return found;
    }

    private static Cell hiddenCell(String name, String note, long invited) {
        boolean primary = ResultsCalculator.FEWER_THAN_5.equals(note);
        long most = invited < 0 ? UNBOUNDED : invited;
        return primary ? new Cell(name, true, true, 0, Math.min(4, most), null)
                : new Cell(name, true, false, 5, most, null);
    }

    private static boolean tighten(Cell c, long lo, long hi) {
        boolean changed = false;
        if (lo > c.lo) {
            c.lo = lo;
            changed = true;
        }
        if (hi < c.hi) {
            c.hi = hi;
            changed = true;
        }
        return changed;
    }

    /** statement id → answers per stage, from the shown answers count × share (exact at one decimal for fewer than 1,000 answers). */
    private static Map<String, long[]> answersOf(Framework framework, GroupFigures figures) {
        if (figures == null || figures.suppressed()) {
            return null;
        }
        Map<String, long[]> answers = new HashMap<>();
        for (ComponentFigures component : figures.components()) {
            for (StatementFigures s : component.statements()) {
                long[] byStage = new long[Stage.values().length];
                for (Stage stage : Stage.values()) {
                    byStage[stage.ordinal()] = s.sharePercent().get(stage).multiply(BigDecimal.valueOf(s.answers()))
                            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
                }
                answers.put(s.statementId(), byStage);
            }
        }
        return answers;
    }

    /** group name → the responses figure the CSV gives it (only where it is a number). */
    private static Map<String, Long> csvCounts(String csv) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            for (CSVRecord row : parser) {
                String responses = row.get("responses");
                if (responses.matches("\\d+")) {
                    counts.put(row.get("group"), Long.parseLong(responses));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
