package uk.nhs.cohortcoach.bench.relay;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * The relay's pass time in cohort-service with 100 and then 1,000,000 documents in its database (10,000 in a smoke run).
 * The filler is seeded straight into cohort's database, in bulk, as copies of a stored person document (the shape the
 * service writes, an emptied {@code _outbox} array included) in a collection of its own ({@value #FILLER}, dropped at
 * the end), since an older relay scanned every collection. The figure is the service's own timer,
 * {@code outbox_relay_pass_seconds} on {@code /actuator/prometheus}: its mean over the passes that published the
 * renames the scenario makes through the API, and over the idle passes (the recovery poll) in a quiet spell.
 */
public final class RelayPass implements Scenario {

    static final String FILLER = "bench_relay_filler";
    private static final int BATCH = 2_000;

    @Override
    public String name() {
        return "relay-pass";
    }

    @Override
    public String measures() {
        return "outbox relay pass in cohort-service, 1,000,000 vs 100 documents seeded into its database (≤ 2×)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        MongoDatabase cohort = context.mongo().getDatabase("cohort");
        MongoCollection<Document> filler = cohort.getCollection(FILLER);
        Document shape = cohort.getCollection("people").find().first();
        if (shape == null) {
            throw new IllegalStateException("cohort.people is empty: start the platform with its demo data");
        }
        shape.remove("_id");
        shape.put("_outbox", new ArrayList<>());
        BenchPeople people = new BenchPeople(context, 4);
        int large = context.scaled(1_000_000, 10_000);
        try {
            filler.drop();
            seed(context, filler, shape, 100);
            Pass small = measure(context, people, "100 documents");
            seed(context, filler, shape, large);
            Pass big = measure(context, people, String.format("%,d documents", large));
            String bigLabel = String.format("%,d docs", large);
            return List.of(
                    Figure.ratioAtMost("relay pass that published", "100 docs", small.publishing(), bigLabel, big.publishing(), "ms", 2),
                    Figure.ratioAtMost("relay pass with nothing pending", "100 docs", small.idle(), bigLabel, big.idle(), "ms", 2));
        } finally {
            people.close();
            filler.drop();
        }
    }

    private record Pass(double publishing, double idle) {
    }

    private static void seed(BenchContext context, MongoCollection<Document> filler, Document shape, int total) {
        long have = filler.countDocuments();
        long started = System.nanoTime();
        List<Document> batch = new ArrayList<>(BATCH);
        for (long i = have; i < total; i++) {
            Document copy = new Document(shape);
            copy.put("_id", "bench-filler-" + i);
            copy.put("email", "bench-filler-" + i + "@example.org");
            batch.add(copy);
            if (batch.size() == BATCH || i == total - 1) {
                filler.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
                if ((i + 1) / 100_000 > (i + 1 - BATCH) / 100_000) { // crossed a hundred thousand
                    context.log(String.format("relay-pass: seeded %,d of %,d filler documents", i + 1, total));
                }
            }
        }
        context.log(String.format("relay-pass: %,d filler documents in cohort.%s (seeding took %.1f s)", total, FILLER,
                (System.nanoTime() - started) / 1e9));
    }

    private static Pass measure(BenchContext context, BenchPeople people, String label) throws Exception {
        int renames = context.scaled(200, 20);
        TimeUnit.SECONDS.sleep(3); // let writes from the seeding settle
        Timer before = Timer.read(context, "published");
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int n = 0; n < renames; n++) {
            int index = n % people.size();
            String name = "Bench relay person " + index + " " + run + "-" + n;
            if (!people.rename(index, name) || !people.awaitName(index, name, 30_000)) {
                throw new IllegalStateException("a rename did not reach coaching's read model within 30 s");
            }
        }
        Timer publishing = Timer.read(context, "published").minus(before);
        Timer idleBefore = Timer.read(context, "none");
        TimeUnit.SECONDS.sleep(context.scaled(20, 5)); // recovery polls with nothing pending (every 2 s by default)
        Timer idle = Timer.read(context, "none").minus(idleBefore);
        context.log(String.format("relay-pass, %s: %d passes that published, mean %.2f ms; %d idle passes, mean %.2f ms",
                label, publishing.count(), publishing.meanMillis(), idle.count(), idle.meanMillis()));
        if (publishing.count() == 0) {
            throw new IllegalStateException("cohort-service recorded no relay pass: is outbox_relay_pass_seconds exposed?");
        }
        return new Pass(publishing.meanMillis(), idle.meanMillis());
    }

    /** The sum and count of cohort-service's {@code outbox_relay_pass_seconds} timer for one value of its tag {@code events}. */
    record Timer(double seconds, long count) {

        static Timer read(BenchContext context, String events) {
            BenchHttp.Result metrics = context.http().send(BenchHttp.request(context.stack().cohort(), "/actuator/prometheus", null)
                    .setHeader("Accept", "text/plain").GET().build());
            if (!metrics.ok()) {
                throw new IllegalStateException("reading cohort-service's metrics failed: " + metrics);
            }
            double seconds = 0;
            long count = 0;
            for (String line : metrics.body().split("\n")) {
                if (line.startsWith("outbox_relay_pass_seconds_") && line.contains("events=\"" + events + "\"")) {
                    double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    if (line.startsWith("outbox_relay_pass_seconds_sum")) {
                        seconds += value;
                    } else if (line.startsWith("outbox_relay_pass_seconds_count")) {
                        count += (long) value;
                    }
                }
            }
            return new Timer(seconds, count);
        }

        Timer minus(Timer earlier) {
            return new Timer(seconds - earlier.seconds, count - earlier.count);
        }

        double meanMillis() {
            return count == 0 ? Double.NaN : seconds * 1000 / count;
        }
    }
}
