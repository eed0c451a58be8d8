package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RunLocalPortConflictIT {

    @Test
    void refusesToStartWithAClearMessageWhenAPortIsTaken() throws Exception {
        RunLocalProcess stack = new RunLocalProcess("port-conflict-local");
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), stack.port("COHORT_SERVICE_PORT")));

            int exit = stack.start("port-conflict").awaitExit(Duration.ofSeconds(60));

            assertThat(exit).isEqualTo(1);
            assertThat(stack.output()).contains("port " + stack.port("COHORT_SERVICE_PORT")
                    + " for cohort-service (COHORT_SERVICE_PORT) is already in use");
            assertThat(stack.markedProcesses()).isEmpty();
        }
    }
}
