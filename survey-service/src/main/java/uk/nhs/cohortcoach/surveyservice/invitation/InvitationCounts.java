package uk.nhs.cohortcoach.surveyservice.invitation;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import uk.nhs.cohortcoach.surveyservice.wave.Wave;
import uk.nhs.cohortcoach.surveyservice.wave.WaveStatus;

/**
 * How many people each wave invited, per collaborative and per collaborative and leadership role, kept as invitations are
 * issued and move (one document per wave, {@code invitation_counts}: {@code invited.<collaborativeId>} and
 * {@code roles.<collaborativeId>.<role>}), so the results, the wave list and a submission (which role categories a
 * response may keep) never read invitations. A wave's counts are made from its invitations once (an aggregation) when the
 * wave starts inviting, or at start-up for a wave from before they were kept (until then it is counted on each read,
 * storing nothing); from then on each invitation issued adds one and a person
 * who rejoins under another collaborative moves one. A stop between an invitation's write and its count would leave the
 * count one short: at start-up the counts of every open wave are made again from the invitations (compare-and-set on
 * the document's {@code version}, which every change moves).
 */
@Component
public class InvitationCounts {

    private static final Logger log = LoggerFactory.getLogger(InvitationCounts.class);
    static final String COLLECTION = "invitation_counts";

    private final MongoTemplate mongo;

    public InvitationCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Collaborative id → how many the wave invited there. */
    public Map<String, Long> invited(String waveId) {
        Document counts = countsOf(waveId);
        Map<String, Long> invited = new HashMap<>();
        Document byCollaborative = counts.get("invited", Document.class);
        if (byCollaborative != null) {
            byCollaborative.forEach((collaborativeId, n) -> invited.put(collaborativeId, ((Number) n).longValue()));
        }
        return invited;
    }

    /**
     * How many of the wave's invitees in the collaborative hold each leadership role (those who left included: they were
     * invited, and an answer may already be theirs).
     */
    public Map<String, Long> inviteesByRole(String waveId, String collaborativeId) {
        Document counts = countsOf(waveId);
        Map<String, Long> byRole = new HashMap<>();
        Document roles = counts.get("roles", Document.class);
        Document ofCollaborative = roles == null ? null : roles.get(collaborativeId, Document.class);
        if (ofCollaborative != null) {
            ofCollaborative.forEach((role, n) -> {
                if (((Number) n).longValue() > 0) {
                    byRole.put(role, ((Number) n).longValue());
                }
            });
        }
        return byRole;
    }

    /**
     * The wave's counts document; for a wave that has none yet (one written straight into the database after start-up),
     * counted from its invitations without storing anything, as a read must not write.
     */
    private Document countsOf(String waveId) {
        Document counts = collection().find(eq("_id", waveId)).first();
        return counts != null ? counts : countInvitations(waveId);
    }

    /** Makes the wave's counts from its invitations unless it has them: before a wave invites anyone, and for older waves. */
    void start(String waveId) {
        if (collection().find(eq("_id", waveId)).first() != null) {
            return;
        }
        try {
            Document counted = countInvitations(waveId);
            collection().insertOne(new Document("_id", waveId).append("invited", counted.get("invited"))
                    .append("roles", counted.get("roles")).append("version", 0L));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    void issued(String waveId, String collaborativeId, String leadershipRole) {
        collection().updateOne(eq("_id", waveId), new Document("$inc", new Document("invited." + collaborativeId, 1L)
                .append("roles." + collaborativeId + "." + roleKey(leadershipRole), 1L).append("version", 1L)));
    }

    void moved(String waveId, String fromCollaborativeId, String toCollaborativeId, String leadershipRole) {
        collection().updateOne(eq("_id", waveId), new Document("$inc", new Document("invited." + fromCollaborativeId, -1L)
                .append("invited." + toCollaborativeId, 1L)
                .append("roles." + fromCollaborativeId + "." + roleKey(leadershipRole), -1L)
                .append("roles." + toCollaborativeId + "." + roleKey(leadershipRole), 1L).append("version", 1L)));
    }

    /** A role as a field name (as the invitation's counts by role always named it; a dot or dollar cannot be one). */
    static String roleKey(String leadershipRole) {
        return String.valueOf(leadershipRole).replace('.', '_').replace('$', '_');
    }

    /**
     * At start-up: makes the counts of every wave that has none (waves from before they were kept), and those of every
     * open wave again from its invitations (after a stop that may have cut a count short).
     */
    @EventListener(ApplicationReadyEvent.class)
    void recount() {
        for (Wave wave : mongo.find(new Query(), Wave.class)) {
            Document counts = collection().find(eq("_id", wave.id())).first();
            if (counts == null) {
                start(wave.id());
                continue;
            }
            if (wave.status() != WaveStatus.OPEN) {
                continue;
            }
            Document recounted = countInvitations(wave.id());
            if (!recounted.get("invited").equals(counts.get("invited", Document.class))
                    || !recounted.get("roles").equals(counts.get("roles", Document.class))) {
                long replaced = collection().updateOne(new Document("_id", wave.id()).append("version", counts.get("version")),
                        new Document("$set", recounted).append("$inc", new Document("version", 1L)))
                        .getModifiedCount();
                log.info("Invitation counts of open wave {} made again from its invitations: {}", wave.id(),
                        replaced == 1 ? "corrected" : "changed meanwhile, left as they are");
            }
        }
    }

    /** {@code {invited: {collaborative: n}, roles: {collaborative: {role: n}}}}, counted by the database from the invitations. */
    private Document countInvitations(String waveId) {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("waveId").is(waveId)),
                Aggregation.group("collaborativeId", "leadershipRole").count().as("n"));
        Map<String, Long> invited = new java.util.TreeMap<>();
        Map<String, Map<String, Long>> roles = new java.util.TreeMap<>();
        for (Document row : mongo.aggregate(aggregation, Invitation.class, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            String collaborativeId = String.valueOf(id.get("collaborativeId"));
            long n = ((Number) row.get("n")).longValue();
            invited.merge(collaborativeId, n, Long::sum);
            roles.computeIfAbsent(collaborativeId, c -> new java.util.TreeMap<>()).merge(roleKey(id.getString("leadershipRole")), n, Long::sum);
        }
        Document byRole = new Document();
        roles.forEach((collaborativeId, counts) -> byRole.append(collaborativeId, new Document(counts)));
        return new Document("invited", new Document(invited)).append("roles", byRole);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
