package uk.nhs.cohortcoach.hubservice.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.nhs.cohortcoach.platform.events.MaturityComponent;
import uk.nhs.cohortcoach.platform.events.hub.ResourceArchived;
import uk.nhs.cohortcoach.platform.events.hub.ResourcePublished;
import uk.nhs.cohortcoach.platform.support.problem.ConflictException;

/** Every move of a resource's life cycle from every state: what it allows, what it refuses, and what it announces. */
class ResourceLifeCycleTest {

    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    static ResourceContent content(String summary) {
        return new ResourceContent(ResourceKind.BOARD_RESOURCE, "Five questions", summary, "Some *text*",
                List.of(new Link("NHS England", "https://www.england.nhs.uk")), List.of(MaturityComponent.EMBEDDING_EQUITY),
                List.of(EquityTheme.CORE20), Audience.EVERYONE, null, null);
    }

    private static Resource draft() {
        return Resource.draft("r-1", content("A summary"), "<p>Some <em>text</em></p>", T0);
    }

    private static Resource published() {
        return draft().publish(T1).resource();
    }

    private static Resource archived() {
        return published().archive(T2).resource();
    }

    @Test
    void aNewDraftAnnouncesNothingAndIsSeenByNobodyButManagers() {
        Resource draft = draft();
        assertThat(draft.status()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(draft.publishedAt()).isNull();
        assertThat(AudienceRules.mayRead(Reader.ANONYMOUS, draft)).isFalse();
        assertThat(AudienceRules.mayRead(new Reader("p", true, java.util.Set.of()), draft)).isTrue();
    }

    @Test
    void publishingADraftAnnouncesItWithItsAudienceAndTags() {
        Resource.Changed changed = draft().publish(T1);
        assertThat(changed.resource().status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(changed.resource().publishedAt()).isEqualTo(T1);
        assertThat(changed.events()).singleElement().isInstanceOfSatisfying(ResourcePublished.class, e -> {
            assertThat(e.resourceId()).isEqualTo("r-1");
            assertThat(e.kind()).isEqualTo("BOARD_RESOURCE");
            assertThat(e.audience()).isEqualTo("EVERYONE");
            assertThat(e.cohortId()).isNull();
            assertThat(e.components()).containsExactly("EMBEDDING_EQUITY");
            assertThat(e.themes()).containsExactly("CORE20");
            assertThat(e.occurredAt()).isEqualTo(T1);
        });
    }

    @Test
    void publishingAPublishedResourceIsRefused() {
        assertRefused(published(), r -> r.publish(T2), "already-published", "already published");
    }

    @Test
    void archivingAPublishedResourceAnnouncesIt() {
        Resource.Changed changed = published().archive(T2);
        assertThat(changed.resource().status()).isEqualTo(ResourceStatus.ARCHIVED);
        assertThat(changed.resource().publishedAt()).as("when it was published is kept").isEqualTo(T1);
        assertThat(changed.events()).singleElement().isEqualTo(new ResourceArchived(
                ((ResourceArchived) changed.events().get(0)).eventId(), T2, "r-1"));
    }

    @Test
    void archivingADraftIsRefusedBecauseItWasNeverPublished() {
        assertRefused(draft(), r -> r.archive(T1), "draft-not-archivable", "never published");
    }

    @Test
    void archivingAnArchivedResourceIsRefused() {
        assertRefused(archived(), r -> r.archive(T2), "already-archived", "already archived");
    }

    @Test
    void anArchivedResourceMayBePublishedAgainAndIsAnnouncedAgainWithANewPublicationTime() {
        Resource.Changed changed = archived().publish(T2.plusSeconds(60));
        assertThat(changed.resource().status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(changed.resource().publishedAt()).isEqualTo(T2.plusSeconds(60));
        assertThat(changed.events()).singleElement().isInstanceOf(ResourcePublished.class);
    }

    @Test
    void editingADraftOrAnArchivedResourceKeepsItsStateAndAnnouncesNothing() {
        for (Resource resource : List.of(draft(), archived())) {
            Resource.Changed changed = resource.edit(content("New words"), "<p>x</p>", T2);
            assertThat(changed.resource().status()).isEqualTo(resource.status());
            assertThat(changed.resource().content().summary()).isEqualTo("New words");
            assertThat(changed.resource().updatedAt()).isEqualTo(T2);
            assertThat(changed.events()).isEmpty();
        }
    }

    @Test
    void editingAPublishedResourceKeepsItPublishedAndAnnouncesItAgain() {
        Resource.Changed changed = published().edit(content("New words"), "<p>x</p>", T2);
        assertThat(changed.resource().status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(changed.resource().publishedAt()).as("an edit is not a new publication").isEqualTo(T1);
        assertThat(changed.events()).singleElement().isInstanceOfSatisfying(ResourcePublished.class,
                e -> assertThat(e.summary()).isEqualTo("New words"));
    }

    @Test
    void aResourceWithoutASummaryCannotBePublishedNorCanAPublishedOneLoseIt() {
        Resource noSummary = Resource.draft("r-2", content("   "), "", T0);
        assertThat(noSummary.content().summary()).isNull();
        assertRefused(noSummary, r -> r.publish(T1), "summary-missing", "Add a summary");
        assertRefused(published(), r -> r.edit(content(null), "", T2), "summary-missing", "Add a summary");
        assertThat(noSummary.edit(content(null), "", T1).resource().status()).as("a draft may stay without one")
                .isEqualTo(ResourceStatus.DRAFT);
    }

    @Test
    void anEventRecordingCannotBePublishedWithoutItsVideo() {
        ResourceContent recording = new ResourceContent(ResourceKind.EVENT_RECORDING, "Webinar", "Summary", "", List.of(),
                List.of(), List.of(), Audience.EVERYONE, null, null);
        assertRefused(Resource.draft("r-3", recording, "", T0), r -> r.publish(T1), "recording-missing", "video link");
        ResourceContent withVideo = new ResourceContent(ResourceKind.EVENT_RECORDING, "Webinar", "Summary", "", List.of(),
                List.of(), List.of(), Audience.EVERYONE, null, new Recording("https://video.example/1", 30));
        assertThat(Resource.draft("r-3", withVideo, "", T0).publish(T1).resource().isPublished()).isTrue();
    }

    @Test
    void aCohortResourceNamesItsCohortAndOnlyACohortResourceKeepsOne() {
        ResourceContent cohort = new ResourceContent(ResourceKind.TOOL, "Tool", "Summary", "", List.of(), List.of(), List.of(),
                Audience.COHORT, " cohort-2 ", null);
        assertThat(cohort.cohortId()).isEqualTo("cohort-2");
        Resource.Changed published = Resource.draft("r-4", cohort, "", T0).publish(T1);
        assertThat(((ResourcePublished) published.events().get(0)).cohortId()).isEqualTo("cohort-2");
        ResourceContent everyone = new ResourceContent(ResourceKind.TOOL, "Tool", "Summary", "", List.of(), List.of(), List.of(),
                Audience.EVERYONE, "cohort-2", null);
        assertThat(everyone.cohortId()).isNull();
        ResourceContent noCohort = new ResourceContent(ResourceKind.TOOL, "Tool", "Summary", "", List.of(), List.of(), List.of(),
                Audience.COHORT, null, null);
        assertRefused(Resource.draft("r-5", noCohort, "", T0), r -> r.publish(T1), "cohort-missing", "cohort");
    }

    @Test
    void attachmentsComeAndGoWithoutAnnouncementUpToTen() {
        Resource resource = published();
        for (int i = 0; i < Resource.MAX_ATTACHMENTS; i++) {
            resource = resource.withAttachment(new Attachment("a" + i, "f" + i + ".pdf", "application/pdf", 10), T2);
        }
        Resource full = resource;
        assertRefused(full, r -> r.withAttachment(new Attachment("a-extra", "x.pdf", "application/pdf", 1), T2),
                "too-many-attachments", "at most 10");
        Resource fewer = full.withoutAttachment("a3", T2);
        assertThat(fewer.attachments()).hasSize(Resource.MAX_ATTACHMENTS - 1).noneMatch(a -> a.id().equals("a3"));
        assertThat(fewer.status()).isEqualTo(ResourceStatus.PUBLISHED);
    }

    @Test
    void everyMoveFromEveryStateIsEitherAllowedOrRefusedAsTheLifeCycleSays() {
        List<Resource> states = List.of(draft(), published(), archived());
        for (Resource state : states) {
            boolean publishAllowed = state.status() != ResourceStatus.PUBLISHED;
            boolean archiveAllowed = state.status() == ResourceStatus.PUBLISHED;
            assertThat(allowed(() -> state.publish(T2))).as("publish from " + state.status()).isEqualTo(publishAllowed);
            assertThat(allowed(() -> state.archive(T2))).as("archive from " + state.status()).isEqualTo(archiveAllowed);
            assertThat(allowed(() -> state.edit(content("S"), "", T2))).as("edit from " + state.status()).isTrue();
        }
    }

    private static boolean allowed(Runnable move) {
        try {
            move.run();
            return true;
        } catch (ConflictException refused) {
            return false;
        }
    }

    private static void assertRefused(Resource resource, Function<Resource, ?> move, String reason, String words) {
        assertThatThrownBy(() -> move.apply(resource)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(words).doesNotContain("DRAFT", "PUBLISHED", "ARCHIVED");
        });
    }
}
