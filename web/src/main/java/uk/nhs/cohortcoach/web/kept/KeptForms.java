package uk.nhs.cohortcoach.web.kept;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.web.security.SignedInPerson;

/**
 * The kept forms (collection {@code kept_forms}): kept for {@link #KEPT_FOR} (a TTL index deletes them
 * after; reads also refuse older ones, as the TTL monitor runs only once a minute), found only by the
 * person they belong to, deleted when used.
 */
@Component
class KeptForms {

    static final String COLLECTION = "kept_forms";
    static final Duration KEPT_FOR = Duration.ofMinutes(30);
    /** Not kept: the CSRF token (a new one comes with the re-post) and the marker of a re-post. */
    static final List<String> NOT_KEPT = List.of("_csrf", KeptFormUse.PARAMETER);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicBoolean indexed = new AtomicBoolean();

    KeptForms(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Keeps the request's form for {@code person} (who the expired token names); answers its id. */
    String keep(SignedInPerson person, HttpServletRequest request) {
        List<KeptForm.Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!NOT_KEPT.contains(parameter.getKey())) {
                for (String value : parameter.getValue()) {
                    fields.add(new KeptForm.Field(parameter.getKey(), value));
                }
            }
        }
        String query = request.getQueryString();
        KeptForm form = new KeptForm(newId(), person.id(), request.getRequestURI() + (query == null ? "" : "?" + query), fields,
                clock.instant());
        ensureIndex();
        mongo.insert(form, COLLECTION);
        return form.id();
    }

    /** The kept form with this id if it is this person's and not too old. */
    Optional<KeptForm> find(String id, SignedInPerson person) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(id).and("subject").is(person.id())
                .and("keptAt").gt(clock.instant().minus(KEPT_FOR))), KeptForm.class, COLLECTION));
    }

    /** This person's most recent kept form, if any (where {@code /} sends them after an OIDC sign-in). */
    Optional<KeptForm> latest(SignedInPerson person) {
        Query query = Query.query(Criteria.where("subject").is(person.id()).and("keptAt").gt(clock.instant().minus(KEPT_FOR)))
                .with(Sort.by(Sort.Direction.DESC, "keptAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, KeptForm.class, COLLECTION));
    }

    /** Deletes it, if it is this person's. */
    void delete(String id, SignedInPerson person) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("subject").is(person.id())), COLLECTION);
    }

    private void ensureIndex() {
        if (indexed.compareAndSet(false, true)) {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("keptAt", Sort.Direction.ASC).expire(KEPT_FOR));
            mongo.indexOps(COLLECTION).createIndex(new Index().on("subject", Sort.Direction.ASC));
        }
    }

    /** 128 random bits, URL-safe: not guessable, and only its person can use it anyway. */
    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
