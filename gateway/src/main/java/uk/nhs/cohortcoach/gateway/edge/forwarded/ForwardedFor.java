package uk.nhs.cohortcoach.gateway.edge.forwarded;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the client's address from the connection's peer and the {@code X-Forwarded-For} chain. A peer
 * that is not a trusted proxy is the client, whatever it forwards. From a trusted proxy the chain is
 * read from the right (each trusted proxy appends the address it saw): the right-most address that is
 * not itself a trusted proxy is the client; anything to its left was written by the client and is
 * ignored. If every hop is trusted the left-most is the client; if a hop cannot be read as an address,
 * the last address a trusted proxy vouched for is used (never a value the client could choose).
 */
final class ForwardedFor {

    private final List<AddressRange> trustedProxies;

    ForwardedFor(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    boolean isTrusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * @param peer         the address at the other end of the connection
     * @param forwardedFor the {@code X-Forwarded-For} header's values in the order received (may be empty)
     */
    InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = hops(forwardedFor);
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parseHop(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private static List<String> hops(List<String> headerValues) {
        List<String> hops = new ArrayList<>();
        if (headerValues != null) {
            for (String value : headerValues) {
                for (String hop : value.split(",", -1)) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }
}
