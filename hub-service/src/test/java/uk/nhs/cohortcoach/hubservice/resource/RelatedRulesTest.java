package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;

/** Related resources: the most shared components and themes, then the same kind, then the newest. */
class RelatedRulesTest {

    private static final Instant T = Instant.parse("2027-01-01T00:00:00Z");

    private static Resource resource(String id, ResourceKind kind, List<MaturityComponent> components, List<EquityTheme> themes,
            int day) {
        ResourceContent content = new ResourceContent(kind, id, "S", "", List.of(), components, themes, Audience.EVERYONE, null,
                kind == ResourceKind.EVENT_RECORDING ? new Recording("https://v.example", 5) : null);
        return Resource.draft(id, content, "", T).publish(T.plusSeconds(86_400L * day)).resource();
    }

    @Test
    void picksTheMostSharedTagsThenTheSameKindThenTheNewest() {
        Resource subject = resource("subject", ResourceKind.TOOL, List.of(MaturityComponent.EMBEDDING_EQUITY,
                MaturityComponent.PEOPLE_AND_CULTURE), List.of(EquityTheme.CORE20), 0);
        Resource threeShared = resource("three", ResourceKind.CASE_STUDY, List.of(MaturityComponent.EMBEDDING_EQUITY,
                MaturityComponent.PEOPLE_AND_CULTURE), List.of(EquityTheme.CORE20), 1);
        Resource oneSharedSameKind = resource("one-same-kind", ResourceKind.TOOL, List.of(MaturityComponent.EMBEDDING_EQUITY), List.of(), 2);
        Resource oneSharedNewer = resource("one-newer", ResourceKind.CASE_STUDY, List.of(), List.of(EquityTheme.CORE20), 9);
        Resource oneSharedOlder = resource("one-older", ResourceKind.CASE_STUDY, List.of(), List.of(EquityTheme.CORE20), 3);
        Resource nothingShared = resource("nothing", ResourceKind.BOARD_RESOURCE, List.of(), List.of(EquityTheme.CYP_ASTHMA), 10);
        List<Resource> candidates = new ArrayList<>(List.of(subject, threeShared, oneSharedSameKind, oneSharedNewer, oneSharedOlder,
                nothingShared));
        Collections.shuffle(candidates, new Random(7));
        assertThat(RelatedRules.pick(subject, candidates)).extracting(Resource::id)
                .containsExactly("three", "one-same-kind", "one-newer");
    }

    @Test
    void neverPicksTheResourceItselfNorOneWithNothingInCommonOfAnotherKind() {
        Resource subject = resource("subject", ResourceKind.TOOL, List.of(), List.of(EquityTheme.CORE20), 0);
        Resource unrelated = resource("unrelated", ResourceKind.CASE_STUDY, List.of(), List.of(EquityTheme.CYP_DIABETES), 1);
        Resource sameKind = resource("same-kind", ResourceKind.TOOL, List.of(), List.of(), 1);
        assertThat(RelatedRules.pick(subject, List.of(subject, unrelated, sameKind))).extracting(Resource::id).containsExactly("same-kind");
    }
}
