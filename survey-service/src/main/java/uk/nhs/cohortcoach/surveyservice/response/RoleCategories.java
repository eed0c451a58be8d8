package uk.nhs.cohortcoach.surveyservice.response;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which role category a response is stored under, so that it never singles out a small group: a
 * leadership role is kept only when at least {@value #MINIMUM_GROUP} of the wave's invitees in the
 * collaborative share it, and every other role is stored as {@value #OTHER}. When that leaves between
 * one and four invitees in {@code OTHER} (say one chief executive among larger groups), the smallest kept
 * roles are folded into {@code OTHER} too until it holds at least five, or everything is {@code OTHER}:
 * otherwise {@code OTHER} would name the lone chief executive as surely as their role would.
 */
final class RoleCategories {

    static final int MINIMUM_GROUP = 5;
    static final String OTHER = "OTHER";

    private RoleCategories() {
    }

    /**
     * @param role           the respondent's leadership role
     * @param inviteesByRole how many of the wave's invitees in the collaborative hold each role, at recording time
     */
    static String stored(String role, Map<String, Long> inviteesByRole) {
        return kept(inviteesByRole).contains(role) ? role : OTHER;
    }

    /** The roles that may be stored as themselves. */
    static Set<String> kept(Map<String, Long> inviteesByRole) {
        Set<String> kept = new HashSet<>();
        long other = 0;
        for (Map.Entry<String, Long> role : inviteesByRole.entrySet()) {
            if (role.getValue() >= MINIMUM_GROUP && !OTHER.equals(role.getKey())) {
                kept.add(role.getKey());
            } else {
                other += role.getValue();
            }
        }
        while (other > 0 && other < MINIMUM_GROUP && !kept.isEmpty()) {
            String smallest = kept.stream().min(Comparator.comparing((String r) -> inviteesByRole.get(r))
                    .thenComparing(Comparator.naturalOrder())).orElseThrow();
            kept.remove(smallest);
            other += inviteesByRole.get(smallest);
        }
        return kept;
    }
}
