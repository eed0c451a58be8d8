package uk.nhs.cohortcoach.cohortservice.participant.importing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import uk.nhs.cohortcoach.cohortservice.collaborative.Collaborative;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeDetails;
import uk.nhs.cohortcoach.cohortservice.collaborative.CollaborativeRepository;
import uk.nhs.cohortcoach.cohortservice.collaborative.Sector;
import uk.nhs.cohortcoach.cohortservice.person.LeadershipRole;
import uk.nhs.cohortcoach.cohortservice.person.Person;
import uk.nhs.cohortcoach.cohortservice.person.PersonRepository;
import uk.nhs.cohortcoach.platform.support.outbox.Outbox;

/**
 * Not a test: times importing a generated team file of {@code rows} rows (default 5,000) twice into a
 * fresh in-memory Mongo wire server, through the real import code, the real outbox and the MongoDB
 * driver. The first run creates everyone; the second finds most rows unchanged and every tenth
 * updated. Run it as the cohort-service README says; prints rows, seconds and rows per second.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort());
                ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            MongoTemplate mongo = new MongoTemplate(client, "import-benchmark");
            mongo.indexOps(Person.class).createIndex(new Index().on("emailKey", Sort.Direction.ASC).unique());
            MongoRepositoryFactory repositories = new MongoRepositoryFactory(mongo);
            Outbox outbox = new Outbox(mongo);
            Clock clock = Clock.systemUTC();
            Collaborative collaborative = Collaborative.of(Collaborative.newId(), "cohort-benchmark",
                    new CollaborativeDetails("Benchmark Collaborative", Sector.ALL_IN, "Benchmark ICS", List.of(), "SRO",
                            null, 40, List.of()), null);
            outbox.insert(collaborative, collaborative.enrolled(clock.instant()));
            ParticipantImport imports = new ParticipantImport(repositories.getRepository(PersonRepository.class),
                    repositories.getRepository(CollaborativeRepository.class), outbox, validation.getValidator(), clock);

            run("first import (creates)", imports, collaborative.id(), file(rows, false));
            run("re-import (every 10th row changed)", imports, collaborative.id(), file(rows, true));
            System.out.printf(Locale.ROOT, "people stored: %d%n", mongo.count(new org.springframework.data.mongodb.core.query.Query(),
                    Person.class));
        } finally {
            server.shutdownNow();
        }
    }

    private static void run(String label, ParticipantImport imports, String collaborativeId, String csv) {
        long start = System.nanoTime();
        ImportReport report = imports.run(collaborativeId, csv);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-36s rows=%d created=%d updated=%d unchanged=%d rejected=%d seconds=%.2f rows/s=%.0f%n",
                label, report.rows().size(), report.created(), report.updated(), report.unchanged(), report.rejected(),
                seconds, report.rows().size() / seconds);
    }

    private static String file(int rows, boolean changeEveryTenth) {
        LeadershipRole[] roles = LeadershipRole.values();
        StringBuilder csv = new StringBuilder("\uFEFFname,email,job_title,organisation_ods_code,leadership_role\r\n");
        for (int i = 0; i < rows; i++) {
            String title = changeEveryTenth && i % 10 == 0 ? "Interim Director, Quality" : "Director, Quality";
            csv.append("\"Person ").append(i).append(", Benchmark\",person").append(i).append("@example.nhs.uk,\"")
                    .append(title).append("\",R").append(String.format(Locale.ROOT, "%02d", i % 100)).append(',')
                    .append(roles[i % roles.length].name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("\r\n");
        }
        return csv.toString();
    }
}
