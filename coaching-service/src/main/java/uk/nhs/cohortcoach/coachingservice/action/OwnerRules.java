package uk.nhs.cohortcoach.coachingservice.action;

import java.util.Collection;
import java.util.Map;

/**
 * Who an action may be given to: someone named by {@code ownerId} who is in {@code possibleOwners} (the current
 * members of the collaborative's team, its coaches and the session's coach), or someone outside it named by
 * {@code ownerName} with the {@code ownerEmail} they are to be written to; one or the other, never both.
 */
public final class OwnerRules {

    private OwnerRules() {
    }

    /** The field errors of a new owner, keyed by the request's field names; empty when it may own the action. */
    public static Map<String, String> problems(String ownerId, String ownerName, String ownerEmail,
            Collection<String> possibleOwners) {
        boolean hasId = present(ownerId);
        boolean hasName = present(ownerName);
        if (hasId && (hasName || present(ownerEmail))) {
            return Map.of(hasName ? "ownerName" : "ownerEmail",
                    "give either ownerId (someone in the team) or ownerName and ownerEmail (someone outside it), not both");
        }
        if (!hasId && !hasName) {
            return Map.of("ownerId", "is required: the id of someone in the team, or give ownerName and ownerEmail for someone outside it");
        }
        if (hasName && !present(ownerEmail)) {
            return Map.of("ownerEmail", "is required for someone outside the team: the action is sent to them at this address");
        }
        if (hasId && !possibleOwners.contains(ownerId)) {
            return Map.of("ownerId", "is neither in this collaborative's team nor one of its coaches; give ownerName and ownerEmail "
                    + "for someone else");
        }
        return Map.of();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
