package uk.nhs.cohortcoach.hubservice.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled list of member organisations: real NHS trusts and integrated care boards in England. */
class BundledMemberOrganisationsTest {

    private static final Set<String> REGIONS = Set.of("London", "East of England", "South East", "South West", "Midlands",
            "North East and Yorkshire", "North West");

    @Test
    void holdsEightyOrMoreOrganisationsWithUniqueOdsCodesNamesSectorsAndRegions() {
        List<MemberOrganisation> organisations = BundledMemberOrganisations.read();

        assertThat(organisations).hasSizeGreaterThanOrEqualTo(80);
        assertThat(organisations).extracting(MemberOrganisation::odsCode).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z0-9]{3}"));
        assertThat(organisations).extracting(MemberOrganisation::region).allMatch(REGIONS::contains);
        assertThat(organisations).extracting(MemberOrganisation::name).allMatch(name -> name.startsWith("NHS ") || name.contains("NHS"));
        assertThat(organisations).filteredOn(o -> o.sector() == Sector.INTEGRATED_CARE_BOARD)
                .allMatch(o -> o.odsCode().startsWith("Q") && o.name().endsWith("Integrated Care Board"));
        assertThat(organisations).extracting(MemberOrganisation::sector).contains(Sector.ACUTE, Sector.MENTAL_HEALTH,
                Sector.COMMUNITY, Sector.AMBULANCE, Sector.SPECIALIST, Sector.INTEGRATED_CARE_BOARD);
        assertThat(organisations).extracting(MemberOrganisation::odsCode).contains("RJ1", "RRK", "QWE");
    }
}
