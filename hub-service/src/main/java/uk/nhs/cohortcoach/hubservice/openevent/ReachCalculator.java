package uk.nhs.cohortcoach.hubservice.openevent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The programme's reach over some open events: registrations (not cancelled) and attendance, by organisation and by
 * sector. Cancelled events are left out. Plain Java: the organisations are given as a code → (name, sector) lookup.
 */
public final class ReachCalculator {

    /** What is known of an organisation: its name and sector (a code not known is counted under {@code OTHER}). */
    public record Organisation(String name, String sector) {
    }

    public record ReachByOrganisation(String odsCode, String name, String sector, long registrations, long attended) {
    }

    public record ReachBySector(String sector, long registrations, long attended, long organisations) {
    }

    public record ProgrammeReach(long events, long registrations, long attended, long organisations, List<ReachByOrganisation> byOrganisation,
            List<ReachBySector> bySector) {
    }

    private ReachCalculator() {
    }

    public static ProgrammeReach reach(List<OpenEvent> events, Map<String, Organisation> organisations) {
        Map<String, long[]> byCode = new TreeMap<>();
        long counted = 0;
        for (OpenEvent event : events) {
            if (event.status() == OpenEventStatus.CANCELLED) {
                continue;
            }
            counted++;
            for (Registration registration : event.registrations()) {
                if (!registration.active()) {
                    continue;
                }
                long[] figures = byCode.computeIfAbsent(registration.odsCode(), code -> new long[2]);
                figures[0]++;
                if (registration.attended()) {
                    figures[1]++;
                }
            }
        }
        List<ReachByOrganisation> byOrganisation = new ArrayList<>();
        Map<String, long[]> bySectorFigures = new LinkedHashMap<>();
        Map<String, Set<String>> sectorOrganisations = new LinkedHashMap<>();
        long registrations = 0;
        long attended = 0;
        for (Map.Entry<String, long[]> entry : byCode.entrySet()) {
            Organisation organisation = organisations.getOrDefault(entry.getKey(), new Organisation(null, "OTHER"));
            long[] figures = entry.getValue();
            byOrganisation.add(new ReachByOrganisation(entry.getKey(), organisation.name(), organisation.sector(), figures[0], figures[1]));
            long[] sector = bySectorFigures.computeIfAbsent(organisation.sector(), s -> new long[2]);
            sector[0] += figures[0];
            sector[1] += figures[1];
            sectorOrganisations.computeIfAbsent(organisation.sector(), s -> new HashSet<>()).add(entry.getKey());
            registrations += figures[0];
            attended += figures[1];
        }
        byOrganisation.sort(Comparator.comparingLong(ReachByOrganisation::registrations).reversed().thenComparing(ReachByOrganisation::odsCode));
        List<ReachBySector> bySector = new ArrayList<>();
        bySectorFigures.forEach((sector, figures) -> bySector.add(new ReachBySector(sector, figures[0], figures[1],
                sectorOrganisations.get(sector).size())));
        bySector.sort(Comparator.comparingLong(ReachBySector::registrations).reversed().thenComparing(ReachBySector::sector));
        return new ProgrammeReach(counted, registrations, attended, byCode.size(), byOrganisation, bySector);
    }
}
