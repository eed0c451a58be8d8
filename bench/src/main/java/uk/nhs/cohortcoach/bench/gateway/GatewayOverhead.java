package uk.nhs.cohortcoach.bench.gateway;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.cohortcoach.bench.BenchContext;
import uk.nhs.cohortcoach.bench.BenchHttp;
import uk.nhs.cohortcoach.bench.Figure;
import uk.nhs.cohortcoach.bench.Latencies;
import uk.nhs.cohortcoach.bench.Load;
import uk.nhs.cohortcoach.bench.Scenario;

/**
 * The same read, {@code GET /api/cohorts} with a programme manager's token, straight to cohort-service and through the
 * gateway, in alternating rounds so both sides see the same machine: throughput with a few concurrent connections
 * (closed model, the same number of requests each side), and latency on one connection. Each side's figure is the median
 * of its rounds.
 */
public final class GatewayOverhead implements Scenario {

    static final String PATH = "/api/cohorts";
    static final int CONNECTIONS = 4;

    @Override
    public String name() {
        return "gateway-overhead";
    }

    @Override
    public String measures() {
        return "GET /api/cohorts direct to cohort-service vs through the gateway: throughput with " + CONNECTIONS
                + " connections (through ≥ 70% of direct), added p99 on one connection (≤ 2 ms)";
    }

    @Override
    public List<Figure> run(BenchContext context) throws Exception {
        String token = context.token("manager");
        URI direct = context.stack().cohort();
        URI gateway = context.stack().gateway();
        int rounds = context.scaled(5, 1);
        int perRound = context.scaled(3_000, 200);
        int onOneConnection = context.scaled(2_000, 100);

        context.log("warming up both paths");
        run(context, direct, token, CONNECTIONS, context.scaled(3_000, 100));
        run(context, gateway, token, CONNECTIONS, context.scaled(3_000, 100));

        List<Double> directThroughput = new ArrayList<>();
        List<Double> gatewayThroughput = new ArrayList<>();
        List<Latencies> directSingle = new ArrayList<>();
        List<Latencies> gatewaySingle = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            directThroughput.add(throughput(context, direct, token, perRound));
            gatewayThroughput.add(throughput(context, gateway, token, perRound));
            directSingle.add(run(context, direct, token, 1, onOneConnection));
            gatewaySingle.add(run(context, gateway, token, 1, onOneConnection));
            context.log("round " + round + ": direct " + Math.round(directThroughput.get(round - 1)) + " req/s, through the gateway "
                    + Math.round(gatewayThroughput.get(round - 1)) + " req/s");
        }
        double directP50 = median(directSingle.stream().map(Latencies::p50).toList());
        double gatewayP50 = median(gatewaySingle.stream().map(Latencies::p50).toList());
        double directP99 = median(directSingle.stream().map(Latencies::p99).toList());
        double gatewayP99 = median(gatewaySingle.stream().map(Latencies::p99).toList());
        return List.of(
                Figure.ratioAtLeast("throughput, " + CONNECTIONS + " connections (median of " + rounds + " rounds)",
                        "direct", median(directThroughput), "through the gateway", median(gatewayThroughput), "req/s", 0.70),
                Figure.measured("p50 on one connection, direct", directP50, "ms"),
                Figure.measured("p50 on one connection, through the gateway", gatewayP50, "ms"),
                Figure.measured("p99 on one connection, direct", directP99, "ms"),
                Figure.measured("p99 on one connection, through the gateway", gatewayP99, "ms"),
                Figure.atMost("p99 added by the gateway on one connection", gatewayP99 - directP99, "ms", 2));
    }

    private static double throughput(BenchContext context, URI base, String token, int requests) throws InterruptedException {
        long start = System.nanoTime();
        Latencies latencies = run(context, base, token, CONNECTIONS, requests);
        double seconds = (System.nanoTime() - start) / 1e9;
        return latencies.count() / seconds;
    }

    private static Latencies run(BenchContext context, URI base, String token, int connections, int requests)
            throws InterruptedException {
        BenchHttp http = context.http();
        Latencies latencies = Load.closed(connections, requests, i -> http.get(base, PATH, token).ok());
        if (latencies.errors() > 0) {
            throw new IllegalStateException(latencies.errors() + " of " + requests + " requests to " + base + PATH + " failed: "
                    + http.get(base, PATH, token));
        }
        return latencies;
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
