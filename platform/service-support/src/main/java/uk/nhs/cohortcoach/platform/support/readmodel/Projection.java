package uk.nhs.cohortcoach.platform.support.readmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import uk.nhs.cohortcoach.platform.events.DomainEvent;
import uk.nhs.cohortcoach.platform.events.EventCatalogue;
import uk.nhs.cohortcoach.platform.events.EventEnvelope;
import uk.nhs.cohortcoach.platform.events.EventJson;
import uk.nhs.cohortcoach.platform.events.UnreadableEventException;
import uk.nhs.cohortcoach.platform.support.inbox.EventInbox;

/**
 * One read model, as a service declares it (a bean): its name (also its inbox consumer name), the
 * topics it reads, the consumer group it listens in (the service's own unless given), the collections
 * it owns (a rebuild drops them) and, per event type, an idempotent handler: applying an event twice
 * must have the effect of applying it once (a {@code $set} of the whole new state, an
 * {@code $addToSet}/{@code $pull} of one id, a remove). Only records of the declared types reach the
 * inbox; others are passed over without a trace.
 *
 * <p>What the rest of the service does because of an event (invite a person who joined, stop their
 * reminders) is a <em>reaction</em> ({@link Builder#react}): it runs after the handler, for live
 * events only, never when a rebuild replays the topic, and must be idempotent too (a live event can be
 * delivered again).
 *
 * <pre>{@code
 * @Bean
 * Projection coachingReadModel(MongoTemplate mongo) {
 *     return Projection.named("coaching.read-model").topics(Topics.COHORT)
 *             .collections(CohortView.class, PersonView.class)
 *             .on(CohortCreated.class, e -> mongo.upsert(...))
 *             .on(PersonErased.class, e -> mongo.remove(...))
 *             .build();
 * }
 * }</pre>
 *
 * <p>The live listener and a rebuild's replay both come through {@link #receive}; a lock keeps them
 * from interleaving in this instance, so a rebuild never races a live event between dropping the
 * collections and replaying.
 */
public final class Projection {

    /** What the read model does with one event of a type. */
    @FunctionalInterface
    public interface Handler<E extends DomainEvent> {
        void apply(E event);
    }

    private final String name;
    private final List<String> topics;
    private final String groupId;
    private final List<Class<?>> collections;
    private final Map<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> handlers;
    private final Map<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> reactions;
    private final Set<String> typeNames;
    private final boolean deadLettersUnreadable;
    private final boolean partitionsInParallel;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    private Projection(Builder builder) {
        this.name = builder.name;
        this.topics = List.copyOf(builder.topics);
        this.groupId = builder.groupId;
        this.collections = List.copyOf(builder.collections);
        this.handlers = new LinkedHashMap<>(builder.handlers);
        this.reactions = new LinkedHashMap<>(builder.reactions);
        this.partitionsInParallel = builder.partitionsInParallel;
        Set<String> names = new HashSet<>();
        for (EventCatalogue.Entry entry : EventCatalogue.all()) {
            if (handlers.keySet().stream().anyMatch(type -> type.isAssignableFrom(entry.javaType()))) {
                names.add(entry.type());
            }
        }
        this.typeNames = Set.copyOf(names);
        this.deadLettersUnreadable = builder.deadLettersUnreadable;
    }

    /** Starts declaring a read model; {@code name} is stable: the inbox records handled events under it. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public List<String> topics() {
        return topics;
    }

    /** The consumer group of its listener, or null for the service's own ({@code spring.kafka.consumer.group-id}). */
    public String groupId() {
        return groupId;
    }

    /** The document classes whose collections the read model owns. */
    public List<Class<?>> collections() {
        return collections;
    }

    /** Whether this instance may handle several of its topics' partitions at once (see {@link Builder#partitionsInParallel}). */
    public boolean partitionsInParallel() {
        return partitionsInParallel;
    }

    /** The event types it handles. */
    public List<Class<? extends DomainEvent>> eventTypes() {
        return List.copyOf(handlers.keySet());
    }

    /**
     * Hands one live record to the inbox under this read model's name: the handler, then any reaction.
     * True when it was handled (not a repeat, a type it declares and this build knows). A record that is
     * not an event throws {@link UnreadableEventException} (dead-lettered), unless the projection
     * {@linkplain Builder#leavesUnreadableToOthers() leaves that to another listener}.
     */
    public boolean receive(EventInbox inbox, String recordValue) {
        return receive(inbox, recordValue, true);
    }

    /** A rebuild's replay of one record: the handler only, no reaction. */
    boolean replay(EventInbox inbox, String recordValue) {
        return receive(inbox, recordValue, false);
    }

    private boolean receive(EventInbox inbox, String recordValue, boolean live) {
        try {
            if (!typeNames.contains(EventJson.read(recordValue).type())) {
                return false;
            }
        } catch (UnreadableEventException unreadable) {
            if (deadLettersUnreadable) {
                throw unreadable;
            }
            return false;
        }
        lock.readLock().lock(); // live records of different partitions may share it; a rebuild may not
        try {
            return inbox.receive(name, recordValue, live ? this::applyAndReact : this::apply);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs the work (a rebuild) with live events held back. */
    <T> T exclusively(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void applyAndReact(DomainEvent event, EventEnvelope envelope) {
        apply(event, envelope);
        dispatch(reactions, event);
    }

    private void apply(DomainEvent event, EventEnvelope envelope) {
        dispatch(handlers, event);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void dispatch(Map<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> handlers, DomainEvent event) {
        for (Map.Entry<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> handler : handlers.entrySet()) {
            if (handler.getKey().isInstance(event)) {
                ((Handler) handler.getValue()).apply(event);
                return;
            }
        }
    }

    @Override
    public String toString() {
        return "Projection[" + name + " of " + topics + "]";
    }

    /** Declares a {@link Projection}. */
    public static final class Builder {

        private final String name;
        private final List<String> topics = new ArrayList<>();
        private String groupId;
        private final List<Class<?>> collections = new ArrayList<>();
        private final Map<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> handlers = new LinkedHashMap<>();
        private final Map<Class<? extends DomainEvent>, Handler<? extends DomainEvent>> reactions = new LinkedHashMap<>();
        private boolean deadLettersUnreadable = true;
        private boolean partitionsInParallel;

        private Builder(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a read model needs a name");
            }
            this.name = name;
        }

        public Builder topics(String... topics) {
            this.topics.addAll(List.of(topics));
            return this;
        }

        /** Listens in a consumer group of its own rather than the service's (a new group starts at the beginning). */
        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder collections(Class<?>... documentClasses) {
            this.collections.addAll(List.of(documentClasses));
            return this;
        }

        /** The idempotent handler for events of one type (the first declared that matches wins). */
        public <E extends DomainEvent> Builder on(Class<E> type, Handler<E> handler) {
            if (handlers.putIfAbsent(Objects.requireNonNull(type), Objects.requireNonNull(handler)) != null) {
                throw new IllegalArgumentException(name + " declares " + type.getSimpleName() + " twice");
            }
            return this;
        }

        /**
         * What the service does after the handler when an event of a declared type arrives live; never run
         * by a rebuild. Idempotent: a live event can be delivered again.
         */
        public <E extends DomainEvent> Builder react(Class<E> type, Handler<E> reaction) {
            if (!handlers.containsKey(type)) {
                throw new IllegalArgumentException(name + " reacts to " + type.getSimpleName() + " but does not declare it with on()");
            }
            reactions.put(type, Objects.requireNonNull(reaction));
            return this;
        }

        /**
         * For a projection that reads a topic another listener of the service reads too (in another group):
         * a record that is not an event is passed over here, so that it is dead-lettered once, by the other.
         */
        public Builder leavesUnreadableToOthers() {
            this.deadLettersUnreadable = false;
            return this;
        }

        /**
         * Lets the instance handle several of its topics' partitions at once, one thread each
         * ({@code cohort-coach.read-model.listener-threads}); a key's events stay in order on their partition's
         * thread. Only for a read model whose every handler writes one document by id in one atomic operation
         * (an upsert or a remove) and whose reactions need no order across keys, which the log does not give
         * anyway: events of different keys then run side by side.
         */
        public Builder partitionsInParallel() {
            this.partitionsInParallel = true;
            return this;
        }

        public Projection build() {
            if (topics.isEmpty()) {
                throw new IllegalStateException(name + " reads no topic");
            }
            if (handlers.isEmpty()) {
                throw new IllegalStateException(name + " handles no event type");
            }
            return new Projection(this);
        }
    }
}
