package uk.nhs.cohortcoach.surveyservice.response;

/**
 * Where responses are kept: each collaborative's responses to a wave are spread over {@value #COUNT} bucket documents
 * ({@code response_buckets}, id {@code <waveId>:<collaborativeId>:<bucket>}), all created together when the first
 * response arrives, so neither the documents' ids nor their creation order follow the order of submission. A response
 * goes to the bucket its random id hashes to (uniformly random, and the same bucket however often it is recorded) at a
 * uniformly random place in that bucket's list. A submission writes one bucket, so its cost does not grow with the wave
 * beyond that bucket's share ({@code 1/}{@value #COUNT}), and no document has to hold a whole collaborative. Plain Java.
 */
public final class ResponseBuckets {

    /** Buckets per collaborative and wave. Fixed: a response's bucket is derived from its id with it. */
    public static final int COUNT = 64;

    private ResponseBuckets() {
    }

    public static String idOf(String waveId, String collaborativeId, int bucket) {
        return waveId + ":" + collaborativeId + ":" + bucket;
    }

    /** The bucket of a response: its random id, hashed (every bucket equally likely for random ids). */
    static int bucketOf(String responseId) {
        int h = responseId.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, COUNT);
    }
}
