package uk.nhs.cohortcoach.coachingservice.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What needs attention in a collaborative's coaching, decided from its figures. Plain Java. Flagged, in this order:
 * <ol>
 * <li>{@code NO_RECENT_EQUITY_PAUSE}: the last {@value #RECENT_SESSIONS} delivered sessions all held no equity pause
 * (with fewer delivered sessions, nothing is flagged: too few to say);</li>
 * <li>{@code LOG_OVERDUE}: one item per session whose log locked unwritten, naming it;</li>
 * <li>{@code HOURS_BEHIND_PLAN}: hours delivered fall short of the hours expected by now (see {@link PlanRules}) by more
 * than {@value #BEHIND_PERCENT}% of them, once at least {@value #MINIMUM_EXPECTED_HOURS} hour is expected (earlier, one
 * session's timing would flag it);</li>
 * <li>{@code ACTIONS_OVERDUE}: any open action past its due date.</li>
 * </ol>
 */
public final class AttentionRules {

    public static final int RECENT_SESSIONS = 3;
    public static final int BEHIND_PERCENT = 20;
    public static final int MINIMUM_EXPECTED_HOURS = 1;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private AttentionRules() {
    }

    /**
     * @param recentPauses   whether an equity pause was held in each delivered session, the latest first
     * @param overdueLogs    the sessions whose log is overdue
     * @param hoursDelivered hours of delivered coaching
     * @param expectedByNow  hours the plan expects by now; null when there is no plan
     * @param overdueActions open actions past their due date
     */
    public static List<Attention> of(List<Boolean> recentPauses, List<OverdueLog> overdueLogs, BigDecimal hoursDelivered,
            BigDecimal expectedByNow, int overdueActions) {
        List<Attention> items = new ArrayList<>();
        if (recentPauses.size() >= RECENT_SESSIONS && recentPauses.subList(0, RECENT_SESSIONS).stream().noneMatch(Boolean::booleanValue)) {
            items.add(new Attention(Attention.Reason.NO_RECENT_EQUITY_PAUSE,
                    "No equity pause was held in the last " + RECENT_SESSIONS + " sessions", null));
        }
        for (OverdueLog log : overdueLogs) {
            items.add(new Attention(Attention.Reason.LOG_OVERDUE, "The log of the session ‘" + log.title() + "’ on "
                    + DAY.format(log.startsAt()) + " was not written before it locked on " + DAY.format(log.lockedAt()), log.sessionId()));
        }
        if (behind(hoursDelivered, expectedByNow)) {
            items.add(new Attention(Attention.Reason.HOURS_BEHIND_PLAN, "Coaching hours are behind plan: " + hours(hoursDelivered)
                    + " delivered, " + hours(expectedByNow) + " expected by now", null));
        }
        if (overdueActions > 0) {
            items.add(new Attention(Attention.Reason.ACTIONS_OVERDUE, overdueActions == 1 ? "1 action is overdue"
                    : overdueActions + " actions are overdue", null));
        }
        return List.copyOf(items);
    }

    /** Delivered hours short of the expected by more than {@value #BEHIND_PERCENT}% of the expected. */
    public static boolean behind(BigDecimal hoursDelivered, BigDecimal expectedByNow) {
        if (expectedByNow == null || expectedByNow.compareTo(BigDecimal.valueOf(MINIMUM_EXPECTED_HOURS)) < 0) {
            return false;
        }
        BigDecimal delivered = hoursDelivered == null ? BigDecimal.ZERO : hoursDelivered;
        BigDecimal shortfall = expectedByNow.subtract(delivered);
        return shortfall.multiply(BigDecimal.valueOf(100)).compareTo(expectedByNow.multiply(BigDecimal.valueOf(BEHIND_PERCENT))) > 0;
    }

    private static String hours(BigDecimal value) {
        BigDecimal stripped = value.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String number = stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString();
        return number + (value.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }
}
