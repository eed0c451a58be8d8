package uk.nhs.cohortcoach.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A durable MongoDB wire-protocol server for the local stack: the data lives in one H2 MVStore file
 * and survives a restart. Usage: {@code MongoWireServer <port> <data-file>}. Stops cleanly (and
 * flushes the file) on SIGTERM or Ctrl-C.
 */
public final class MongoWireServer {

    private MongoWireServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MongoWireServer <port> <data-file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataFile = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(dataFile.getParent());

        H2Backend backend = new H2Backend(dataFile.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("Mongo wire server listening on 127.0.0.1:" + port + ", data in " + dataFile);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            backend.close();
            System.out.println("Mongo wire server stopped, data flushed to " + dataFile);
            stopped.countDown();
        }, "mongo-wire-server-stop"));
        stopped.await();
    }
}
