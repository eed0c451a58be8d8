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
                    "Choose someone in the team or enter the name and email address of someone outside it, not both");
        }
        if (!hasId && !hasName) {
            return Map.of("ownerId", "Choose who owns the action, or enter the name and email address of someone outside the team");
        }
        if (hasName && !present(ownerEmail)) {
            return Map.of("ownerEmail", "Enter the owner's email address: the action is sent to them there");
        }
        if (hasId && !possibleOwners.contains(ownerId)) {
            return Map.of("ownerId", "The owner must be in this collaborative's team or be one of its coaches. Enter the name and email "
                    + "address of anyone else");
        }
        return Map.of();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
