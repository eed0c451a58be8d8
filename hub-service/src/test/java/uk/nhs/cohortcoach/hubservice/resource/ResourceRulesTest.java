package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a resource's links, video link and cohort may be. */
class ResourceRulesTest {

    @Test
    void linksMustBeWebAddressesAndTheVideoLinkHttps() {
        assertThat(ResourceRules.problems(Audience.EVERYONE, null,
                List.of("https://www.england.nhs.uk", "http://example.org/x"), "https://video.example/1")).isEmpty();
        assertThat(ResourceRules.problems(Audience.EVERYONE, null,
                Arrays.asList("javascript:alert(1)", "ftp://x.example", "https://user:pw@x.example", "www.example.org", null),
                "http://video.example/1"))
                .containsOnlyKeys("links[0].url", "links[1].url", "links[2].url", "links[3].url", "recording.videoLink");
    }

    @Test
    void aCohortIsNamedExactlyWhenTheAudienceIsOneCohort() {
        assertThat(ResourceRules.problems(Audience.COHORT, null, null, null)).containsOnlyKeys("cohortId");
        assertThat(ResourceRules.problems(Audience.COHORT, "c-1", null, null)).isEmpty();
        assertThat(ResourceRules.problems(Audience.MEMBERS, "c-1", null, null)).containsOnlyKeys("cohortId");
        assertThat(ResourceRules.problems(Audience.MEMBERS, null, null, null)).isEmpty();
        assertThat(ResourceRules.problems(null, null, null, null)).as("a missing audience is Bean Validation's to say").isEmpty();
    }
}
