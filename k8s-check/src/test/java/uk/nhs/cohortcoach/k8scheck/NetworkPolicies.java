package uk.nhs.cohortcoach.k8scheck;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whether the NetworkPolicies of the namespace let one pod (by its labels) open a TCP connection to another on a
 * port, both in the namespace: some policy selecting the sender allows it out, and some policy selecting the
 * receiver allows it in (a pod no policy of that direction selects is open in that direction). Peers are matched
 * on {@code podSelector.matchLabels} only (no namespace selector: the same namespace); a port is matched by name
 * or by number.
 */
record NetworkPolicies(List<NetworkPolicy> policies) {

    /** A pod's side of a connection: its labels, and the port's name and number on the receiving pod. */
    record Port(String name, int number) {
    }

    boolean egressAllowed(Map<String, String> from, Map<String, String> to, Port port) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersAllow(rule.getTo(), to) && portsAllow(rule.getPorts(), port));
    }

    boolean ingressAllowed(Map<String, String> from, Map<String, String> to, Port port) {
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersAllow(rule.getFrom(), from) && portsAllow(rule.getPorts(), port));
    }

    boolean allowed(Map<String, String> from, Map<String, String> to, Port port) {
        return egressAllowed(from, to, port) && ingressAllowed(from, to, port);
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            throw new AssertionError("matchExpressions are not modelled: " + selector);
        }
        Map<String, String> match = Objects.requireNonNullElse(selector.getMatchLabels(), Map.of());
        return labels.entrySet().containsAll(match.entrySet());
    }

    private List<NetworkPolicy> selecting(Map<String, String> labels, String type) {
        return policies.stream().filter(p -> p.getSpec().getPolicyTypes().contains(type))
                .filter(p -> selects(p.getSpec().getPodSelector(), labels)).toList();
    }

    private static boolean peersAllow(List<NetworkPolicyPeer> peers, Map<String, String> labels) {
        return peers.isEmpty() || peers.stream().anyMatch(peer -> peer.getNamespaceSelector() == null
                && peer.getIpBlock() == null && selects(peer.getPodSelector(), labels));
    }

    private static boolean portsAllow(List<NetworkPolicyPort> ports, Port port) {
        return ports.isEmpty() || ports.stream().anyMatch(p -> {
            IntOrString value = p.getPort();
            boolean tcp = p.getProtocol() == null || p.getProtocol().equals("TCP");
            return tcp && (value == null || port.name() != null && port.name().equals(value.getStrVal())
                    || value.getIntVal() != null && value.getIntVal() == port.number());
        });
    }
}
