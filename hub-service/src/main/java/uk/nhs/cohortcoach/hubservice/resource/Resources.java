package uk.nhs.cohortcoach.hubservice.resource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.hubservice.search.IndexedText;
import uk.nhs.cohortcoach.hubservice.search.SearchIndex;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;
import uk.nhs.cohortcoach.platform.support.paging.PageQuery;
import uk.nhs.cohortcoach.platform.support.problem.InvalidFieldsException;
import uk.nhs.cohortcoach.platform.support.problem.NotFoundException;

/**
 * The resources' application service: loads a resource, asks it to change, stores it with its events through the
 * outbox, and keeps the search index to what is published. Reads are filtered by {@link AudienceRules}.
 */
@Service
public class Resources {

    /** The most search hits that are looked at for one query (the best ranked). */
    static final int SEARCH_CANDIDATES = 1_000;
    private static final int RELATED_CANDIDATES = 200;
    private static final int MAX_TITLE = 200;
    private static final int MAX_SUMMARY = 500;
    private static final int MAX_RECORDING_MINUTES = 1_440;

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final SearchIndex index;

    Resources(MongoTemplate mongo, Outbox outbox, SearchIndex index) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.index = index;
    }

    /** A new draft. */
    public Resource create(ResourceContent content, Instant now) {
        return create(UUID.randomUUID().toString(), content, now);
    }

    /** A new draft with an id of the caller's (demo data: loading it again finds it there). */
    public Resource create(String id, ResourceContent content, Instant now) {
        return outbox.insert(Resource.draft(id, content, MarkdownBody.html(content.body()), now));
    }

    /** New content for the resource as the editor last saw it ({@code version}); 409 if it changed since. */
    public Resource update(String id, ResourceContent content, long version, Instant now) {
        return saved(current(id, version).edit(content, MarkdownBody.html(content.body()), now));
    }

    public Resource publish(String id, long version, Instant now) {
        return saved(current(id, version).publish(now));
    }

    public Resource archive(String id, long version, Instant now) {
        return saved(current(id, version).archive(now));
    }

    /** Any resource, whatever its state (for programme managers). */
    public Resource get(String id) {
        Resource resource = mongo.findById(id, Resource.class);
        if (resource == null) {
            throw new NotFoundException("resource", id);
        }
        return resource;
    }

    /** The resource if the reader may read it; otherwise it is not found for them (404), so nothing leaks. */
    public Resource read(String id, Reader reader) {
        Resource resource = mongo.findById(id, Resource.class);
        if (resource == null || !AudienceRules.mayRead(reader, resource)) {
            throw new NotFoundException("resource", id);
        }
        return resource;
    }

    /**
     * A page of the published resources the reader may read, filtered by kind, component and theme: with search
     * words ranked by {@link SearchIndex} (best first, then newest), otherwise newest published first.
     */
    public Page<Resource> browse(ResourceQuery query, Reader reader, Integer page, Integer size) {
        PageQuery paging = PageQuery.of(page, size, null, java.util.Set.of(), "publishedAt");
        Pageable pageable = PageRequest.of(paging.page(), paging.size(),
                Sort.by(Sort.Direction.DESC, "publishedAt").and(Sort.by("_id")));
        List<Criteria> filters = new ArrayList<>(filters(query));
        filters.add(visibleTo(reader));
        if (!query.isSearch()) {
            return PageQuery.find(mongo, Query.query(new Criteria().andOperator(filters)), Resource.class, pageable);
        }
        List<SearchIndex.Scored> ranked = index.rank(query.words());
        ranked = ranked.subList(0, Math.min(ranked.size(), SEARCH_CANDIDATES));
        if (ranked.isEmpty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        Map<String, Double> scores = ranked.stream().collect(Collectors.toMap(SearchIndex.Scored::resourceId,
                SearchIndex.Scored::score, (a, b) -> a, LinkedHashMap::new));
        filters.add(Criteria.where("_id").in(scores.keySet()));
        List<Resource> hits = mongo.find(Query.query(new Criteria().andOperator(filters)), Resource.class).stream()
                .sorted(java.util.Comparator.<Resource>comparingDouble(r -> scores.get(r.id())).reversed()
                        .thenComparing(Resource::publishedAt, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                        .thenComparing(Resource::id))
                .toList();
        long from = pageable.getOffset();
        List<Resource> content = from >= hits.size() ? List.of()
                : hits.subList((int) from, (int) Math.min(hits.size(), from + pageable.getPageSize()));
        return new PageImpl<>(content, pageable, hits.size());
    }

    /** Every resource for programme managers, of one status or all, most recently changed first. */
    public List<Resource> manage(ResourceStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("_id"))), Resource.class);
    }

    /** Up to three published resources the reader may read that are most like this one ({@link RelatedRules}). */
    public List<Resource> related(Resource resource, Reader reader) {
        ResourceContent content = resource.content();
        List<Criteria> alike = new ArrayList<>(List.of(Criteria.where("content.kind").is(content.kind())));
        if (!content.components().isEmpty()) {
            alike.add(Criteria.where("content.components").in(content.components()));
        }
        if (!content.themes().isEmpty()) {
            alike.add(Criteria.where("content.themes").in(content.themes()));
        }
        Criteria criteria = new Criteria().andOperator(visibleTo(reader), Criteria.where("_id").ne(resource.id()),
                new Criteria().orOperator(alike));
        List<Resource> candidates = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(RELATED_CANDIDATES), Resource.class);
        return RelatedRules.pick(resource, candidates);
    }

    /**
     * For the open-events feature: creates, or for the same open event updates, the published {@code EVENT_RECORDING}
     * resource of an event's recording, for {@code EVERYONE}, and sends ResourcePublished. A recording updated keeps
     * what a programme manager added to it (body, links, components, themes). Answers the resource's id, the same
     * every time for one open event. Refuses a summary, video link or duration that could not be published, naming
     * {@code summary}, {@code videoLink} or {@code durationMinutes}.
     */
    public String publishRecording(String openEventId, String title, String summary, String videoLink, int durationMinutes,
            Instant now) {
        Map<String, String> errors = recordingProblems(summary, videoLink, durationMinutes);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        String id = UUID.nameUUIDFromBytes(("open-event-recording:" + openEventId).getBytes(StandardCharsets.UTF_8)).toString();
        String shortTitle = title == null || title.isBlank() ? "Recording of the open event"
                : title.strip().substring(0, Math.min(title.strip().length(), MAX_TITLE));
        Recording recording = new Recording(videoLink.strip(), durationMinutes);
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Resource existing = mongo.findById(id, Resource.class);
                if (existing == null) {
                    ResourceContent content = new ResourceContent(ResourceKind.EVENT_RECORDING, shortTitle, summary, "", List.of(),
                            List.of(), List.of(), Audience.EVERYONE, null, recording);
                    Resource.Changed published = Resource.recordingDraft(id, openEventId, content, "", now).publish(now);
                    reindex(outbox.insert(published.resource(), events(published)));
                    return id;
                }
                ResourceContent old = existing.content();
                ResourceContent content = new ResourceContent(ResourceKind.EVENT_RECORDING, shortTitle, summary, old.body(),
                        old.links(), old.components(), old.themes(), Audience.EVERYONE, null, recording);
                Resource.Changed edited = existing.edit(content, existing.bodyHtml(), now);
                saved(edited.resource().isPublished() ? edited : edited.resource().publish(now));
                return id;
            } catch (DuplicateKeyException | OptimisticLockingFailureException raced) {
                last = raced; // another call for the same event got there first: read it again
            }
        }
        throw last;
    }

    private static Map<String, String> recordingProblems(String summary, String videoLink, int durationMinutes) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "Enter a summary of the recording");
        } else if (summary.strip().length() > MAX_SUMMARY) {
            errors.put("summary", "Summary must be " + MAX_SUMMARY + " characters or fewer");
        }
        if (videoLink == null || !ResourceRules.isAddress(videoLink, java.util.Set.of("https"))) {
            errors.put("videoLink", "Enter a video link that starts with https://");
        }
        if (durationMinutes < 1 || durationMinutes > MAX_RECORDING_MINUTES) {
            errors.put("durationMinutes", "Enter how long the recording is in minutes, from 1 to " + MAX_RECORDING_MINUTES);
        }
        return errors;
    }

    /**
     * Brings the search index up to the resources: every published resource at its current version, nothing else. The
     * index is written after each resource's document, so a process that stopped in between left it behind; run at
     * start-up ({@link SearchIndexRepair}). Answers how many resources it indexed again or took out.
     */
    public int repairIndex() {
        Map<String, Long> indexed = new java.util.HashMap<>(index.indexedVersions());
        int repaired = 0;
        Query all = new Query();
        all.fields().include("status").include("version");
        for (org.bson.Document stored : mongo.find(all, org.bson.Document.class, "resources")) {
            String id = String.valueOf(stored.get("_id"));
            Long indexedVersion = indexed.remove(id);
            boolean published = ResourceStatus.PUBLISHED.name().equals(stored.getString("status"));
            Object version = stored.get("version");
            long current = version instanceof Number number ? number.longValue() : -1L;
            if (published && (indexedVersion == null || indexedVersion != current) || !published && indexedVersion != null) {
                Resource resource = mongo.findById(id, Resource.class);
                if (resource != null) {
                    reindex(resource);
                    repaired++;
                }
            }
        }
        for (String orphan : indexed.keySet()) {
            index.remove(orphan);
            repaired++;
        }
        return repaired;
    }

    /** Puts a published resource in the search index, takes any other out. */
    void reindex(Resource resource) {
        if (resource.isPublished()) {
            index.index(resource.id(), resource.version() == null ? -1L : resource.version(), text(resource));
        } else {
            index.remove(resource.id());
        }
    }

    static IndexedText text(Resource resource) {
        ResourceContent content = resource.content();
        String tags = Stream.of(Stream.of(content.kind().label()), content.components().stream().map(Components::label),
                content.themes().stream().map(EquityTheme::label)).flatMap(Function.identity()).collect(Collectors.joining(" "));
        return new IndexedText(content.title(), content.summary(), tags, MarkdownBody.text(resource.bodyHtml()));
    }

    private Resource current(String id, long version) {
        Resource resource = get(id);
        if (resource.version() == null || resource.version() != version) {
            throw new OptimisticLockingFailureException("resource " + id + " is at another version");
        }
        return resource;
    }

    private Resource saved(Resource.Changed changed) {
        Resource stored = outbox.update(changed.resource(), events(changed));
        reindex(stored);
        return stored;
    }

    private static DomainEvent[] events(Resource.Changed changed) {
        return changed.events().toArray(DomainEvent[]::new);
    }

    private static List<Criteria> filters(ResourceQuery query) {
        List<Criteria> filters = new ArrayList<>();
        if (query.kind() != null) {
            filters.add(Criteria.where("content.kind").is(query.kind()));
        }
        if (query.component() != null) {
            filters.add(Criteria.where("content.components").is(query.component()));
        }
        if (query.theme() != null) {
            filters.add(Criteria.where("content.themes").is(query.theme()));
        }
        return filters;
    }

    /** Published, and of an audience the reader is in. */
    static Criteria visibleTo(Reader reader) {
        Criteria published = Criteria.where("status").is(ResourceStatus.PUBLISHED);
        if (reader.manager()) {
            return published;
        }
        List<Criteria> audiences = new ArrayList<>(List.of(Criteria.where("content.audience").in(AudienceRules.wholeAudiences(reader))));
        if (reader.signedIn() && !reader.cohortIds().isEmpty()) {
            audiences.add(new Criteria().andOperator(Criteria.where("content.audience").is(Audience.COHORT),
                    Criteria.where("content.cohortId").in(reader.cohortIds())));
        }
        return new Criteria().andOperator(published, new Criteria().orOperator(audiences));
    }
}
