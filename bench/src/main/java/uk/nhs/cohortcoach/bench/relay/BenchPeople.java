package uk.nhs.cohortcoach.bench.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;

/**
 * A few people the relay scenarios change over and over (registered once through cohort-service, found again by their
 * email on later runs, so runs add no one): each change is a PUT of the person to cohort-service directly, which records
 * PersonUpdated in the outbox; its effect is the new name in coaching-service's read model ({@code coaching.rm_people}).
 */
final class BenchPeople implements AutoCloseable {

    private static final String EMAIL = "bench-relay-%d@example.org";

    private final BenchContext context;
    private final String token;
    private final List<Person> people = new ArrayList<>();
    private final MongoCollection<Document> readModel;

    private record Person(String id, String email, AtomicLong version) {
    }

    BenchPeople(BenchContext context, int count) {
        this.context = context;
        this.token = context.token("manager");
        this.readModel = context.mongo().getDatabase("coaching").getCollection("rm_people");
        for (int i = 0; i < count; i++) {
            people.add(findOrRegister(String.format(EMAIL, i)));
        }
    }

    int size() {
        return people.size();
    }

    /** Renames person {@code index} to {@code name}; false when cohort-service refused. */
    boolean rename(int index, String name) {
        Person person = people.get(index);
        synchronized (person) {
            BenchHttp.Result result = context.http().putJson(context.stack().cohort(), "/api/people/" + person.id(), token,
                    body(name, person.email()).put("version", person.version().get()).toString());
            if (!result.ok()) {
                context.log("renaming a bench person failed: " + result);
                return false;
            }
            person.version().set(BenchContext.JSON.readTree(result.body()).path("version").asLong());
            return true;
        }
    }

    /**
     * Waits until coaching's read model shows person {@code index} with the name; false after the timeout. One watcher
     * thread reads every bench person's view in one query every {@value #WATCH_MILLIS} ms for all waiting writes, so
     * the observer's own load on the database stays the same however many writes are pending (a poll per pending write
     * flooded the one Mongo wire server the services share, and measured the bench more than the platform).
     */
    boolean awaitName(int index, String name, long timeoutMillis) throws InterruptedException {
        startWatching();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        String id = people.get(index).id();
        synchronized (seen) {
            while (!name.equals(seen.get(id))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(seen, left);
            }
            return true;
        }
    }

    private static final long WATCH_MILLIS = 2;

    /** person id → the name coaching's read model showed at the last look; guarded by itself. */
    private final java.util.Map<String, String> seen = new java.util.HashMap<>();
    private Thread watcher;

    private synchronized void startWatching() {
        if (watcher != null) {
            return;
        }
        List<String> ids = people.stream().map(Person::id).toList();
        watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    java.util.Map<String, String> names = new java.util.HashMap<>();
                    for (Document view : readModel.find(Filters.in("_id", ids)).projection(Projections.include("name"))) {
                        names.put(view.getString("_id"), view.getString("name"));
                    }
                    synchronized (seen) {
                        seen.putAll(names);
                        seen.notifyAll();
                    }
                    TimeUnit.MILLISECONDS.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    context.log("reading coaching's read model failed: " + e.getMessage());
                }
            }
        }, "bench-read-model-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Stops the watcher. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.interrupt();
            watcher = null;
        }
    }

    private Person findOrRegister(String email) {
        BenchHttp.Result found = context.http().get(context.stack().cohort(), "/api/people?email=" + email, token);
        if (found.ok()) {
            for (JsonNode person : BenchContext.JSON.readTree(found.body()).path("items")) {
                if (email.equals(person.path("email").asString())) {
                    return new Person(person.path("id").asString(), email, new AtomicLong(person.path("version").asLong()));
                }
            }
        }
        BenchHttp.Result registered = context.http().postJson(context.stack().cohort(), "/api/people", token,
                body("Bench relay person", email).toString());
        if (!registered.ok()) {
            throw new IllegalStateException("registering a bench person failed: " + registered);
        }
        JsonNode person = BenchContext.JSON.readTree(registered.body());
        return new Person(person.path("id").asString(), email, new AtomicLong(person.path("version").asLong()));
    }

    private static ObjectNode body(String name, String email) {
        ObjectNode body = BenchContext.JSON.createObjectNode().put("name", name).put("email", email)
                .put("jobTitle", "Benchmark").put("organisationOdsCode", "RBN");
        body.putArray("roles").add("PARTICIPANT");
        return body;
    }
}
