package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./run-local stop}: stops a running stack by the pids it recorded, then sweeps up any
 * process that still carries this stack's marker (say, one left by a run-local that was killed).
 */
final class StopCommand {

    private StopCommand() {
    }

    static void stop(StackConfig config) throws IOException {
        int stopped = 0;
        Optional<ProcessHandle> runLocal = recorded(config).stream()
                .filter(line -> line.name().equals("run-local")).findFirst()
                .flatMap(line -> ProcessHandle.of(line.pid()))
                .filter(ProcessHandle::isAlive);
        if (runLocal.isPresent()) {
            System.out.println("Stopping run-local (pid " + runLocal.get().pid() + ") and what it started...");
            runLocal.get().destroy();
            try {
                runLocal.get().onExit().get(120, TimeUnit.SECONDS);
            } catch (Exception e) {
                runLocal.get().destroyForcibly();
            }
            stopped++;
        }
        List<ProcessHandle> leftovers = new ArrayList<>();
        for (PidLine line : recorded(config)) {
            ProcessHandle.of(line.pid()).filter(p -> carriesMarker(p, config)).ifPresent(leftovers::add);
        }
        ProcessHandle.allProcesses().filter(p -> carriesMarker(p, config))
                .filter(p -> !leftovers.contains(p)).forEach(leftovers::add);
        if (!leftovers.isEmpty()) {
            System.out.println("Stopping " + leftovers.size() + " process(es) left behind...");
            ProcessLauncher.stop(leftovers, 30);
            stopped += leftovers.size();
        }
        Files.deleteIfExists(config.pidFile());
        System.out.println(stopped == 0 ? "Cohort Coach was not running." : "Cohort Coach stopped.");
    }

    /** Refuses to start a second stack over the same {@code .local/} directory. */
    static void refuseIfRunning(StackConfig config) throws IOException {
        for (PidLine line : recorded(config)) {
            if (line.name().equals("run-local") && ProcessHandle.of(line.pid()).filter(ProcessHandle::isAlive).isPresent()) {
                throw new StackException("Cohort Coach is already running (run-local pid " + line.pid()
                        + "). Open it, or stop it first with ./run-local stop");
            }
        }
    }

    static boolean carriesMarker(ProcessHandle process, StackConfig config) {
        return process.isAlive() && process.pid() != ProcessHandle.current().pid()
                && process.info().arguments().map(args -> List.of(args).contains(config.processMarker())).orElse(false);
    }

    private record PidLine(String name, long pid) {
    }

    private static List<PidLine> recorded(StackConfig config) throws IOException {
        if (!Files.exists(config.pidFile())) {
            return List.of();
        }
        List<PidLine> lines = new ArrayList<>();
        for (String line : Files.readAllLines(config.pidFile())) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 2 && parts[1].matches("\\d+")) {
                lines.add(new PidLine(parts[0], Long.parseLong(parts[1])));
            }
        }
        return lines;
    }
}
