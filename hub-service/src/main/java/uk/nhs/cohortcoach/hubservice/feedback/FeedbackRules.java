package uk.nhs.cohortcoach.hubservice.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.cohortcoach.platform.support.problem.Words;

/**
 * What of an event's feedback may be shown. Survey-service's rule (its {@code results.Disclosure}: nothing of a group
 * of fewer than 5; nothing hidden derivable by subtraction) applied to feedback, where each event is one group with
 * no breakdown, plus a rule of time: the figures are shown only once feedback has closed (a set time after the event
 * ends), when they can no longer change. So no-one can work out one person's rating by comparing the figures before
 * and after they answered, and no shown figure is a sum with a hidden part to subtract.
 */
public final class FeedbackRules {

    public static final int MINIMUM = 5;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The decision: shown, or hidden with the words why. */
    public record Decision(boolean shown, String note) {
    }

    private FeedbackRules() {
    }

    public static Decision decide(long responses, Instant now, Instant closesAt) {
        if (now.isBefore(closesAt)) {
            return new Decision(false, "Feedback is shown once it closes on " + date(closesAt)
                    + ", so that no-one can work out a rating by watching the figures change");
        }
        if (responses < MINIMUM) {
            return new Decision(false, "Fewer than " + MINIMUM + " people gave feedback, so none of it is shown");
        }
        return new Decision(true, null);
    }

    /** Whether feedback may still be given. */
    public static boolean open(Instant now, Instant closesAt) {
        return now.isBefore(closesAt);
    }

    /** The counts of ratings 1 to 5 by rating ("1" … "5"). */
    public static Map<String, Long> byRating(List<Long> counts) {
        Map<String, Long> byRating = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            byRating.put(String.valueOf(i + 1), counts.get(i));
        }
        return byRating;
    }

    /** The mean rating to one decimal place (half up), or null with no ratings. */
    public static Double average(List<Long> counts) {
        long n = 0;
        long sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            n += counts.get(i);
            sum += counts.get(i) * (i + 1);
        }
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).doubleValue();
    }

    static String date(Instant instant) {
        return Words.date(instant.atZone(LONDON).toLocalDate());
    }
}
