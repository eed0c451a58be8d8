package uk.nhs.cohortcoach.surveyservice.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void addsEachResponseToTheTotalsAndToItsRoleCategory() {
        Tally tally = new Tally().add("CHAIR", Map.of("sp-1", "UNDERWAY", "eq-1", "JUST_STARTED"))
                .add(null, Map.of("sp-1", "UNDERWAY"))
                .add(" chair ", Map.of());

        assertThat(tally.increments()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "responses", 3L,
                "stages.sp-1.UNDERWAY", 2L,
                "stages.eq-1.JUST_STARTED", 1L,
                "roles.CHAIR.responses", 2L,
                "roles.CHAIR.stages.sp-1.UNDERWAY", 1L,
                "roles.CHAIR.stages.eq-1.JUST_STARTED", 1L,
                "roles.OTHER.responses", 1L,
                "roles.OTHER.stages.sp-1.UNDERWAY", 1L));
        assertThat(tally.roles().get("OTHER")).isEqualTo(new ResultCounts.RoleCounts(1, Map.of("sp-1", Map.of("UNDERWAY", 1L))));
    }

    @Test
    void nothingAddedIncrementsNothing() {
        assertThat(new Tally().increments()).isEmpty();
    }

    @Test
    void responseIdsSpreadOverEveryBucket() {
        int[] hits = new int[ResponseBuckets.COUNT];
        for (int i = 0; i < 64_000; i++) {
            hits[ResponseBuckets.bucketOf(java.util.UUID.randomUUID().toString())]++;
        }
        assertThat(java.util.Arrays.stream(hits).boxed().toList()).allSatisfy(n -> assertThat(n).as("about 1,000 each").isBetween(800, 1200));
    }
}
