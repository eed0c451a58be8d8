package uk.nhs.cohortcoach.k8scheck;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize directory with {@code kubectl kustomize} (KUBECTL overrides which kubectl). */
final class Kustomize {

    private Kustomize() {
    }

    static String render(Path directory) {
        String kubectl = kubectl();
        try {
            Path errors = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish within 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                        + "):\n" + Files.readString(errors));
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + kubectl + " kustomize " + directory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering " + directory, e);
        }
    }

    static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "kubectl"))) {
                return Path.of(dir, "kubectl").toString();
            }
        }
        if (Files.isExecutable(Path.of("/usr/bin/kubectl"))) {
            return "/usr/bin/kubectl";
        }
        throw new IllegalStateException("kubectl not found on the PATH: the k8s-check module renders k8s/overlays/* with "
                + "`kubectl kustomize`. Install kubectl 1.30 or newer (e.g. apt-get install kubectl, or "
                + "https://kubernetes.io/docs/tasks/tools/) or set KUBECTL to its path.");
    }
}
