package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void namesATakenPortAndItsVariable() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Map<String, Integer> ports = Map.of("gateway (GATEWAY_PORT)", taken.getLocalPort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " for gateway (GATEWAY_PORT) is already in use");
        }
    }

    @Test
    void namesAPortConfiguredForTwoProcesses() throws Exception {
        int port = RunLocalProcess.freePort();
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway (GATEWAY_PORT)", port);
        ports.put("cohort-service (COHORT_SERVICE_PORT)", port);

        assertThatThrownBy(() -> PortCheck.requireFree(ports))
                .hasMessageContaining("port " + port + " is configured for both gateway (GATEWAY_PORT) and cohort-service");
    }

    @Test
    void passesWhenEveryPortIsFree() throws Exception {
        Map<String, Integer> ports = Map.of("a (A_PORT)", RunLocalProcess.freePort());

        assertThatCode(() -> PortCheck.requireFree(ports)).doesNotThrowAnyException();
    }
}
