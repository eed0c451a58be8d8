package uk.nhs.cohortcoach.hubservice.resource;

import java.util.Set;

/**
 * Who is reading: nobody signed in ({@link #ANONYMOUS}), a programme manager, or another signed-in person with the
 * cohorts they belong to (as a coach of one of its collaboratives or a participant in one).
 *
 * @param personId null when nobody is signed in
 */
public record Reader(String personId, boolean manager, Set<String> cohortIds) {

    public static final Reader ANONYMOUS = new Reader(null, false, Set.of());

    public Reader {
        cohortIds = cohortIds == null ? Set.of() : Set.copyOf(cohortIds);
    }

    public boolean signedIn() {
        return personId != null;
    }
}
