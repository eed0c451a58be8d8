/**
 * Which address a request came from, and whether it came over TLS, when the gateway sits behind a
 * proxy (the Kubernetes ingress controller): {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 * are believed only from configured trusted proxies, and removed from every request before anything
 * else reads them.
 */
package uk.nhs.cohortcoach.gateway.edge.forwarded;
