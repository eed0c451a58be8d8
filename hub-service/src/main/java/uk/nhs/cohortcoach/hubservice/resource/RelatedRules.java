package uk.nhs.cohortcoach.hubservice.resource;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Related resources": up to {@value #MAX} others sharing the most components and themes with a resource, then those
 * of the same kind, then the newest published first. Candidates must already be ones the reader may read.
 */
public final class RelatedRules {

    public static final int MAX = 3;

    private RelatedRules() {
    }

    public static List<Resource> pick(Resource resource, List<Resource> candidates) {
        Set<Object> tags = tags(resource);
        Comparator<Resource> order = Comparator.<Resource>comparingInt(r -> shared(tags, r)).reversed()
                .thenComparing(r -> r.content().kind() == resource.content().kind() ? 0 : 1)
                .thenComparing(r -> r.publishedAt() == null ? Instant.MIN : r.publishedAt(), Comparator.reverseOrder())
                .thenComparing(Resource::id);
        return candidates.stream()
                .filter(r -> !r.id().equals(resource.id()))
                .filter(r -> shared(tags, r) > 0 || r.content().kind() == resource.content().kind())
                .sorted(order).limit(MAX).toList();
    }

    private static int shared(Set<Object> tags, Resource other) {
        Set<Object> common = tags(other);
        common.retainAll(tags);
        return common.size();
    }

    private static Set<Object> tags(Resource resource) {
        Set<Object> tags = new HashSet<>(resource.content().components());
        tags.addAll(resource.content().themes());
        return tags;
    }
}
