package uk.nhs.cohortcoach.gateway.edge;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The address a request came from, as every per-client limit counts it: the request's remote
 * address, which is the connection's peer, or, when that peer is a trusted proxy
 * ({@code TRUSTED_PROXIES}), the client address it forwarded (set by the {@code edge.forwarded} filter
 * before anything reads it).
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
