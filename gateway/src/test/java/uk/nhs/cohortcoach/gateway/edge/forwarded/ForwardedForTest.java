package uk.nhs.cohortcoach.gateway.edge.forwarded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ForwardedForTest {

    /** The ingress controller's pod network, and a load balancer in front of it. */
    private final ForwardedFor forwardedFor = new ForwardedFor(
            List.of(AddressRange.valueOf("10.42.0.0/16"), AddressRange.valueOf("192.0.2.10")));

    @Test
    void takesTheConnectionsPeerWhenItIsNotATrustedProxyWhateverItForwards() {
        assertThat(forwardedFor.clientOf(ip("203.0.113.5"), List.of("198.51.100.1"))).isEqualTo(ip("203.0.113.5"));
        assertThat(forwardedFor.clientOf(ip("203.0.113.5"), List.of())).isEqualTo(ip("203.0.113.5"));
    }

    @Test
    void takesTheAddressATrustedProxySaw() {
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of("203.0.113.5"))).isEqualTo(ip("203.0.113.5"));
    }

    @Test
    void takesTheRightMostUntrustedAddressIgnoringWhatTheClientWroteToItsLeft() {
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of("1.1.1.1, 8.8.8.8, 203.0.113.5, 192.0.2.10")))
                .isEqualTo(ip("203.0.113.5"));
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of("1.1.1.1", "203.0.113.5", "192.0.2.10")))
                .as("the header sent more than once").isEqualTo(ip("203.0.113.5"));
    }

    @Test
    void takesTheLeftMostAddressWhenEveryHopIsTrusted() {
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of("10.42.9.9, 192.0.2.10"))).isEqualTo(ip("10.42.9.9"));
    }

    @Test
    void takesTheTrustedProxyItselfWhenItForwardsNothing() {
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of())).isEqualTo(ip("10.42.3.4"));
    }

    @Test
    void stopsAtTheLastAddressATrustedProxyVouchedForWhenAHopIsUnreadable() {
        assertThat(forwardedFor.clientOf(ip("10.42.3.4"), List.of("203.0.113.5, unknown, 192.0.2.10")))
                .isEqualTo(ip("192.0.2.10"));
    }

    @Test
    void trustsNobodyWhenNoProxyIsConfigured() {
        ForwardedFor nobody = new ForwardedFor(List.of());

        assertThat(nobody.clientOf(ip("10.42.3.4"), List.of("203.0.113.5"))).isEqualTo(ip("10.42.3.4"));
    }

    /**
     * Property, over many random chains: whatever a client writes into {@code X-Forwarded-For} (addresses,
     * names, garbage, trusted addresses), with any number of trusted proxies after it, the client found is
     * the address the first trusted proxy saw; and from an untrusted peer it is always the peer.
     */
    @Test
    void neverLetsAClientChooseItsOwnAddress() {
        Random random = new Random(20261125L);
        for (int run = 0; run < 5000; run++) {
            InetAddress client = untrusted(random);
            List<String> forged = Stream.generate(() -> anyHop(random)).limit(random.nextInt(5)).toList();
            List<InetAddress> proxies = Stream.generate(() -> trusted(random)).limit(1 + random.nextInt(3)).toList();
            List<String> hops = new ArrayList<>(forged);
            hops.add(client.getHostAddress());
            proxies.subList(0, proxies.size() - 1).forEach(proxy -> hops.add(proxy.getHostAddress()));
            List<String> header = splitIntoHeaderValues(hops, random);

            assertThat(forwardedFor.clientOf(proxies.get(proxies.size() - 1), header)).as("run %d: %s", run, header)
                    .isEqualTo(client);
            assertThat(forwardedFor.clientOf(client, header)).as("run %d, untrusted peer", run).isEqualTo(client);
        }
    }

    private static List<String> splitIntoHeaderValues(List<String> hops, Random random) {
        if (random.nextBoolean()) {
            return List.of(String.join(", ", hops));
        }
        return hops;
    }

    private static String anyHop(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> untrusted(random).getHostAddress();
            case 1 -> trusted(random).getHostAddress();
            case 2 -> "unknown";
            case 3 -> "evil.example.org";
            case 4 -> "2001:db8::" + Integer.toHexString(random.nextInt(0xffff));
            default -> "";
        };
    }

    private static InetAddress trusted(Random random) {
        return random.nextInt(4) == 0 ? ip("192.0.2.10") : ip("10.42." + random.nextInt(256) + "." + random.nextInt(256));
    }

    private static InetAddress untrusted(Random random) {
        while (true) {
            InetAddress candidate = random.nextBoolean()
                    ? ip(random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256))
                    : ip("2001:db8:" + Integer.toHexString(random.nextInt(0xffff)) + "::" + Integer.toHexString(random.nextInt(0xffff)));
            if (!new ForwardedFor(List.of(AddressRange.valueOf("10.42.0.0/16"), AddressRange.valueOf("192.0.2.10")))
                    .isTrusted(candidate)) {
                return candidate;
            }
        }
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException failure) {
            throw new IllegalArgumentException(failure);
        }
    }
}
