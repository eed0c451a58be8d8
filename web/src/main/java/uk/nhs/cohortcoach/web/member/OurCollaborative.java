package uk.nhs.cohortcoach.web.member;

import java.util.List;
import uk.nhs.cohortcoach.web.page.SummaryRow;

/**
 * One collaborative as its member's page shows it. Public: its template reads it.
 *
 * @param id      the collaborative's id (the page's section ids)
 * @param name    its name
 * @param details coach, strategic priority, equity focus, member trusts, integrated care system
 * @param team    its current members, by name
 */
public record OurCollaborative(String id, String name, List<SummaryRow> details, List<Teammate> team) {

    /** Someone in the team as the team sees them: no email. */
    public record Teammate(String name, String leadershipRole, String jobTitle, String organisation, boolean me) {
    }
}
