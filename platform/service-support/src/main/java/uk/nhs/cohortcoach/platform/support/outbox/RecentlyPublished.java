package uk.nhs.cohortcoach.platform.support.outbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The ids of the last events this relay published (bounded), so a pointer whose events left in an earlier pass goes at once. */
final class RecentlyPublished {

    private final Set<String> ids;

    RecentlyPublished(int capacity) {
        this.ids = Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        });
    }

    synchronized void add(String eventId) {
        ids.add(eventId);
    }

    synchronized boolean contains(String eventId) {
        return ids.contains(eventId);
    }
}
