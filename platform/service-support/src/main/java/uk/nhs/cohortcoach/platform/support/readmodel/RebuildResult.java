package uk.nhs.cohortcoach.platform.support.readmodel;

import java.util.Map;

/**
 * How a rebuild went.
 *
 * @param readModel      the projection's name
 * @param eventsReplayed events that changed the read model (repeats and unknown types not counted)
 * @param documents      documents in each of its collections afterwards, by collection name
 */
public record RebuildResult(String readModel, long eventsReplayed, Map<String, Long> documents) {

    public RebuildResult {
        documents = Map.copyOf(documents);
    }

    /** The documents in the collection afterwards (0 for a collection it does not own). */
    public long documentsIn(String collection) {
        return documents.getOrDefault(collection, 0L);
    }
}
