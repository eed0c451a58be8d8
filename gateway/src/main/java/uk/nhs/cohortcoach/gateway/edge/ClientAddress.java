package uk.nhs.cohortcoach.gateway.edge;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request came from, as every per-client limit counts it: the connection's, or the
 * forwarded one when the gateway trusts forwarded headers ({@code server.forward-headers-strategy=framework},
 * which rewrites the request's remote address).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
