package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Makes sure every port the stack will listen on is free before anything starts, and says which are not. */
final class PortCheck {

    private PortCheck() {
    }

    /**
     * @param portsByOwner e.g. {@code "gateway (GATEWAY_PORT)" -> 8080}
     * @throws StackException naming every port that is taken or configured twice
     */
    static void requireFree(Map<String, Integer> portsByOwner) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        portsByOwner.forEach((owner, port) -> {
            String other = seen.putIfAbsent(port, owner);
            if (other != null) {
                problems.add("port " + port + " is configured for both " + other + " and " + owner);
            } else if (!isFree(port)) {
                problems.add("port " + port + " for " + owner + " is already in use by another process");
            }
        });
        if (!problems.isEmpty()) {
            throw new StackException("Cannot start Cohort Coach:\n  - " + String.join("\n  - ", problems)
                    + "\nStop whatever holds the port (is Cohort Coach already running? try ./run-local stop),"
                    + " or choose another port with the variable named above.");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Map<String, Integer> of(StackConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway (GATEWAY_PORT)", config.gatewayPort());
        for (StackConfig.ServiceSpec service : config.services()) {
            ports.put(service.name() + " (" + service.uriVariable().replace("_URI", "_PORT") + ")", service.port());
        }
        ports.put("web (WEB_PORT)", config.webPort());
        if (config.externalKafka().isEmpty()) {
            ports.put("Kafka (KAFKA_PORT)", config.kafkaPort());
            ports.put("Kafka controller (KAFKA_CONTROLLER_PORT)", config.kafkaControllerPort());
        }
        if (config.externalMongoUri().isEmpty()) {
            ports.put("Mongo wire server (MONGODB_PORT)", config.mongoPort());
        }
        return ports;
    }
}
