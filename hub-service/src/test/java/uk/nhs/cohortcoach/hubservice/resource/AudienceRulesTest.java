package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who reads what: every reader against every audience and every state. */
class AudienceRulesTest {

    private static final Instant NOW = Instant.parse("2027-01-10T09:00:00Z");
    private static final Reader MANAGER = new Reader("manager", true, Set.of());
    private static final Reader MEMBER = new Reader("member", false, Set.of());
    private static final Reader IN_COHORT = new Reader("coach", false, Set.of("cohort-1"));
    private static final Reader IN_OTHER_COHORT = new Reader("participant", false, Set.of("cohort-2"));

    private static Resource resource(Audience audience, ResourceStatus status) {
        ResourceContent content = new ResourceContent(ResourceKind.TOOL, "Tool", "Summary", "", List.of(), List.of(), List.of(),
                audience, audience == Audience.COHORT ? "cohort-1" : null, null);
        Resource draft = Resource.draft("r", content, "", NOW);
        return switch (status) {
            case DRAFT -> draft;
            case PUBLISHED -> draft.publish(NOW).resource();
            case ARCHIVED -> draft.publish(NOW).resource().archive(NOW).resource();
        };
    }

    @Test
    void managersReadEverythingInEveryState() {
        for (Audience audience : Audience.values()) {
            for (ResourceStatus status : ResourceStatus.values()) {
                assertThat(AudienceRules.mayRead(MANAGER, resource(audience, status))).as(audience + " " + status).isTrue();
            }
        }
    }

    @Test
    void nobodyElseReadsADraftOrAnArchivedResourceWhateverItsAudience() {
        for (Reader reader : List.of(Reader.ANONYMOUS, MEMBER, IN_COHORT, IN_OTHER_COHORT)) {
            for (Audience audience : Audience.values()) {
                for (ResourceStatus status : List.of(ResourceStatus.DRAFT, ResourceStatus.ARCHIVED)) {
                    assertThat(AudienceRules.mayRead(reader, resource(audience, status))).as(reader + " " + audience + " " + status)
                            .isFalse();
                }
            }
        }
    }

    @Test
    void publishedResourcesAreReadByTheirAudienceOnly() {
        assertReads(Reader.ANONYMOUS, true, false, false);
        assertReads(MEMBER, true, true, false);
        assertReads(IN_COHORT, true, true, true);
        assertReads(IN_OTHER_COHORT, true, true, false);
    }

    @Test
    void theWholeAudiencesOfAReaderMatchWhatTheyMayRead() {
        assertThat(AudienceRules.wholeAudiences(Reader.ANONYMOUS)).containsExactly(Audience.EVERYONE);
        assertThat(AudienceRules.wholeAudiences(IN_COHORT)).containsExactlyInAnyOrder(Audience.EVERYONE, Audience.MEMBERS);
        assertThat(AudienceRules.wholeAudiences(MANAGER)).containsExactlyInAnyOrder(Audience.values());
    }

    private static void assertReads(Reader reader, boolean everyone, boolean members, boolean cohort) {
        assertThat(AudienceRules.mayRead(reader, resource(Audience.EVERYONE, ResourceStatus.PUBLISHED))).as("EVERYONE").isEqualTo(everyone);
        assertThat(AudienceRules.mayRead(reader, resource(Audience.MEMBERS, ResourceStatus.PUBLISHED))).as("MEMBERS").isEqualTo(members);
        assertThat(AudienceRules.mayRead(reader, resource(Audience.COHORT, ResourceStatus.PUBLISHED))).as("COHORT").isEqualTo(cohort);
    }
}
