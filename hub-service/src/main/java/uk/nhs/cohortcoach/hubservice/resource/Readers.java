package uk.nhs.cohortcoach.hubservice.resource;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.hubservice.membership.CohortMembership;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.support.security.Viewer;

/** The reader of the current request: nobody (no token), a programme manager, or a person with their cohorts. */
@Component
public class Readers {

    private final CohortMembership membership;

    Readers(CohortMembership membership) {
        this.membership = membership;
    }

    public Reader current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return Reader.ANONYMOUS;
        }
        Viewer viewer = Viewer.current();
        if (viewer.is(Role.PROGRAMME_MANAGER)) {
            return new Reader(viewer.personId(), true, java.util.Set.of());
        }
        return new Reader(viewer.personId(), false, membership.cohortsOf(viewer.personId()));
    }
}
