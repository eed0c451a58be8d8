package uk.nhs.cohortcoach.surveyservice.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which figures of a wave may be shown, so that no hidden figure can be worked out from the shown ones.
 * Plain Java: the rule the survey-service README states in words.
 *
 * <p>The figures of a wave are a <em>total</em> (the cohort) and one or more <em>breakdowns</em> of it
 * (by collaborative, by leadership role): each breakdown's groups add up to the total. The rule:
 * <ol>
 * <li>A group, or the total, with fewer than {@value #MINIMUM} respondents is hidden
 * ({@link Reason#FEWER_THAN_5}).</li>
 * <li>Then, while any hidden figure could be worked out from what is shown — the total minus the shown
 * groups, in either breakdown or both together, knowing that a figure hidden for fewer than 5 is 0 to 4,
 * one hidden to protect another is at least 5 and no larger than the smallest group still shown beside
 * it, and that no group has more respondents than it had invitations — one more figure is hidden
 * ({@link Reason#PROTECTS_ANOTHER}): the smallest group still shown in the breakdown of the figure that
 * could be worked out; if that breakdown has none left, the total; if the total is hidden too, the
 * smallest group still shown anywhere.</li>
 * </ol>
 * When every collaborative is hidden, the total is hidden too or shown by the same steps; hidden, it
 * says only {@link Reason#EVERY_GROUP_HIDDEN}, whatever its size, so its reason does not bound it.
 * Each step hides one more figure, so it ends; with everything hidden nothing can be worked out. A
 * figure that anyone could tell without the results (a group with nobody invited has nobody answering)
 * is not counted as worked out.
 */
public final class Disclosure {

    public static final int MINIMUM = 5;
    private static final long UNBOUNDED = Long.MAX_VALUE / 8;
    private static final String TOTAL = "";

    /** Why a figure is hidden; {@link #note} is what the API and the pages say. */
    public enum Reason {
        FEWER_THAN_5("fewer than 5"),
        PROTECTS_ANOTHER("hidden so that another hidden figure cannot be worked out"),
        /**
         * The total, when every group of the first breakdown (the collaboratives) is hidden: one reason
         * whether the total is under 5 or not, so the reason itself tells nothing about its size.
         */
        EVERY_GROUP_HIDDEN("hidden because every group it adds up is hidden");

        private final String note;

        Reason(String note) {
            this.note = note;
        }

        public String note() {
            return note;
        }
    }

    /**
     * A group of a breakdown: a key unique across the breakdowns, its respondents, and the most it could
     * have that anyone can see (its invitations), or {@code -1} when there is no such bound.
     */
    public record Cell(String key, long count, long knownMaximum) {
    }

    /** The decision: the total's reason (null when shown) and each hidden group's reason (absent when shown). */
    public record Decision(Reason total, Map<String, Reason> hidden) {

        public Decision {
            hidden = Map.copyOf(hidden);
        }

        /** Why the group is hidden, or empty when it is shown. */
        public Optional<Reason> of(String key) {
            return Optional.ofNullable(hidden.get(key));
        }
    }

    private Disclosure() {
    }

    public static Decision decide(long total, List<List<Cell>> breakdowns) {
        Map<String, Reason> hidden = new LinkedHashMap<>();
        if (total < MINIMUM) {
            hidden.put(TOTAL, Reason.FEWER_THAN_5);
        }
        for (List<Cell> breakdown : breakdowns) {
            for (Cell cell : breakdown) {
                if (cell.count() < MINIMUM) {
                    hidden.put(cell.key(), Reason.FEWER_THAN_5);
                }
            }
        }
        while (true) {
            Optional<String> exposed = new Audit(total, breakdowns, hidden).exposed();
            if (exposed.isEmpty()) {
                break;
            }
            Optional<String> next = nextToHide(exposed.get(), breakdowns, hidden);
            if (next.isEmpty()) {
                break; // nothing left to hide (cannot happen: with everything hidden nothing can be worked out)
            }
            hidden.put(next.get(), Reason.PROTECTS_ANOTHER);
        }
        Reason totalReason = hidden.remove(TOTAL);
        if (totalReason != null && everyGroupHidden(breakdowns, hidden)) {
            totalReason = Reason.EVERY_GROUP_HIDDEN;
        }
        return new Decision(totalReason, hidden);
    }

    private static boolean everyGroupHidden(List<List<Cell>> breakdowns, Map<String, Reason> hidden) {
        return !breakdowns.isEmpty() && breakdowns.get(0).stream().allMatch(c -> hidden.containsKey(c.key()));
    }

    private static Optional<String> nextToHide(String exposed, List<List<Cell>> breakdowns, Map<String, Reason> hidden) {
        Comparator<Cell> smallest = Comparator.comparingLong(Cell::count).thenComparing(Cell::key);
        for (List<Cell> breakdown : breakdowns) {
            if (breakdown.stream().anyMatch(c -> c.key().equals(exposed))) {
                Optional<Cell> beside = breakdown.stream().filter(c -> !hidden.containsKey(c.key())).min(smallest);
                if (beside.isPresent()) {
                    return beside.map(Cell::key);
                }
            }
        }
        if (!hidden.containsKey(TOTAL)) {
            return Optional.of(TOTAL);
        }
        return breakdowns.stream().flatMap(List::stream).filter(c -> !hidden.containsKey(c.key())).min(smallest).map(Cell::key);
    }

    /** What someone reading the shown figures can tell about each figure: a range, narrowed until nothing changes. */
    private static final class Audit {

        private final Map<String, long[]> range = new LinkedHashMap<>();
        private final Map<String, long[]> prior = new LinkedHashMap<>();
        private final List<List<String>> sums = new ArrayList<>();

        Audit(long total, List<List<Cell>> breakdowns, Map<String, Reason> hidden) {
            Reason totalReason = hidden.get(TOTAL);
            put(TOTAL, totalReason != null && everyGroupHidden(breakdowns, hidden) ? Reason.EVERY_GROUP_HIDDEN : totalReason, total, UNBOUNDED);
            for (List<Cell> breakdown : breakdowns) {
                long smallestShown = breakdown.stream().filter(c -> !hidden.containsKey(c.key())).mapToLong(Cell::count).min().orElse(UNBOUNDED);
                List<String> keys = new ArrayList<>();
                for (Cell cell : breakdown) {
                    put(cell.key(), hidden.get(cell.key()), cell.count(), cell.knownMaximum() < 0 ? UNBOUNDED : cell.knownMaximum());
                    if (hidden.get(cell.key()) == Reason.PROTECTS_ANOTHER) {
                        long[] r = range.get(cell.key());
                        r[1] = Math.min(r[1], smallestShown); // the smallest shown were hidden first
                    }
                    keys.add(cell.key());
                }
                sums.add(keys);
            }
        }

        private void put(String key, Reason reason, long count, long maximum) {
            long[] r;
            if (reason == null) {
                r = new long[] {count, count};
            } else if (reason == Reason.FEWER_THAN_5) {
                r = new long[] {0, Math.min(MINIMUM - 1, maximum)};
            } else if (reason == Reason.EVERY_GROUP_HIDDEN) {
                r = new long[] {0, maximum};
            } else {
                r = new long[] {MINIMUM, maximum};
            }
            prior.put(key, r.clone());
            range.put(key, r);
        }

        /** A hidden figure that the shown ones pin to one value, if any. */
        Optional<String> exposed() {
            narrow();
            return range.entrySet().stream()
                    .filter(e -> e.getValue()[0] == e.getValue()[1])
                    .filter(e -> prior.get(e.getKey())[0] != prior.get(e.getKey())[1])
                    .map(Map.Entry::getKey)
                    .findFirst();
        }

        private void narrow() {
            long[] total = range.get(TOTAL);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (List<String> keys : sums) {
                    long lo = 0;
                    long hi = 0;
                    for (String key : keys) {
                        lo += range.get(key)[0];
                        hi = Math.min(UNBOUNDED, hi + range.get(key)[1]);
                    }
                    changed |= narrow(total, lo, hi);
                    for (String key : keys) {
                        long[] r = range.get(key);
                        long othersLo = lo - r[0];
                        long othersHi = hi >= UNBOUNDED || r[1] >= UNBOUNDED ? UNBOUNDED : hi - r[1];
                        changed |= narrow(r, othersHi >= UNBOUNDED ? 0 : total[0] - othersHi,
                                total[1] >= UNBOUNDED ? UNBOUNDED : total[1] - othersLo);
                    }
                }
            }
        }

        private static boolean narrow(long[] r, long lo, long hi) {
            boolean changed = false;
            if (lo > r[0]) {
                r[0] = lo;
                changed = true;
            }
            if (hi < r[1]) {
                r[1] = hi;
                changed = true;
            }
            return changed;
        }
    }
}
