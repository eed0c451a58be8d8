package uk.nhs.cohortcoach.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * {@code ./run-local restart|stop|start <name>} from any terminal: asks the running {@code ./run-local} of this
 * {@code LOCAL_DIR} (through its control socket, see {@link ControlServer}) and prints what it answers.
 */
final class ControlClient {

    private ControlClient() {
    }

    /** Answers the exit code the running run-local gave, or 1 when no stack runs from this {@code LOCAL_DIR}. */
    static int send(StackConfig config, String operation, String name) throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(config.controlSocket()));
        } catch (IOException notRunning) {
            System.err.println("Cohort Coach is not running from " + config.localDir() + " (no run-local answers at "
                    + config.controlSocket() + "). Start it with ./run-local"
                    + ("start".equals(operation) ? "; start one process only while the stack runs." : "."));
            return 1;
        }
        try (channel) {
            channel.write(StandardCharsets.UTF_8.encode(operation + " " + name + "\n"));
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("exit ")) {
                    return Integer.parseInt(line.substring(5).trim());
                }
                System.out.println(line);
            }
        }
        System.err.println("run-local ended before " + operation + " " + name + " finished.");
        return 1;
    }
}
