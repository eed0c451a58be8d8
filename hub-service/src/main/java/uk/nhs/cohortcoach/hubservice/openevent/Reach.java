package uk.nhs.cohortcoach.hubservice.openevent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.hubservice.organisation.MemberOrganisations;

/** The programme's reach, per event and across the events starting in a period (days in London, both inclusive). */
@Service
public class Reach {

    private final OpenEvents events;
    private final MemberOrganisations organisations;

    Reach(OpenEvents events, MemberOrganisations organisations) {
        this.events = events;
        this.organisations = organisations;
    }

    public ReachCalculator.ProgrammeReach ofEvent(String openEventId) {
        return ReachCalculator.reach(List.of(events.get(openEventId)), lookup());
    }

    /** Over the events starting from {@code from} to {@code to}; a missing end leaves that side open. */
    public ReachCalculator.ProgrammeReach between(LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(2100, 12, 31) : to;
        return ReachCalculator.reach(events.startingBetween(first.atStartOfDay(StartRules.LONDON).toInstant(),
                last.plusDays(1).atStartOfDay(StartRules.LONDON).toInstant()), lookup());
    }

    private Map<String, ReachCalculator.Organisation> lookup() {
        return organisations.byCode().values().stream().collect(Collectors.toMap(o -> o.odsCode(),
                o -> new ReachCalculator.Organisation(o.name(), o.sector().name())));
    }
}
