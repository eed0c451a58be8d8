package uk.nhs.cohortcoach.notificationservice.session;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A series as SeriesScheduled described it: its sessions (by start, as scheduled) and who it is for. The sessions'
 * current times and statuses are their {@link SessionView}s.
 */
@Document("series_views")
public record SeriesView(@Id String id, String coachId, List<String> inviteeIds, String title, List<String> sessionIds) {

    public SeriesView {
        inviteeIds = inviteeIds == null ? List.of() : List.copyOf(inviteeIds);
        sessionIds = sessionIds == null ? List.of() : List.copyOf(sessionIds);
    }
}
