package uk.nhs.cohortcoach.platform.events;

import java.util.List;

/** The Kafka topics of the platform, one per publishing service, each with a dead-letter topic. */
public final class Topics {

    public static final String COHORT = "cohort.events.v1";
    public static final String COACHING = "coaching.events.v1";
    public static final String SURVEY = "survey.events.v1";
    public static final String NOTIFICATION = "notification.events.v1";
    public static final String HUB = "hub.events.v1";

    /** Every event topic, in publishing-service order. */
    public static final List<String> ALL = List.of(COHORT, COACHING, SURVEY, NOTIFICATION, HUB);

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** The dead-letter topic of an event topic: {@code <topic>.DLT}. */
    public static String deadLetter(String topic) {
        if (!ALL.contains(topic)) {
            throw new IllegalArgumentException("not a platform topic: " + topic);
        }
        return topic + DEAD_LETTER_SUFFIX;
    }
}
