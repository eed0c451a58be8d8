package uk.nhs.cohortcoach.k8scheck;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One overlay under k8s/overlays, rendered once per test JVM and parsed strictly. */
record Overlay(String name, List<Object> objects) {

    private static final Map<String, Overlay> RENDERED = new ConcurrentHashMap<>();

    static Overlay of(String name) {
        return RENDERED.computeIfAbsent(name, n -> new Overlay(n,
                StrictManifests.parse(Kustomize.render(ServiceModules.root().resolve("k8s/overlays").resolve(n)))));
    }

    <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    Deployment deployment(String name) {
        return deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(this.name + ": no Deployment " + name));
    }

    ConfigMap configMap(String name) {
        return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(this.name + ": no ConfigMap " + name));
    }

    static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            throw new AssertionError(deployment.getMetadata().getName() + " should run exactly one container");
        }
        return containers.get(0);
    }

    /**
     * The container's environment as Kubernetes builds it: ConfigMaps of envFrom (committed ones resolved to
     * their values), then env. Values from a Secret appear as {@code secret:<name>/<key>}, others not committed
     * as {@code external:<kind>/<name>}.
     */
    Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                String ref = source.getConfigMapRef().getName();
                all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(ref)).findFirst()
                        .ifPresentOrElse(c -> env.putAll(c.getData()), () -> env.put("external:ConfigMap/" + ref, ref));
            }
            if (source.getSecretRef() != null) {
                env.put("external:Secret/" + source.getSecretRef().getName(), source.getSecretRef().getName());
            }
        }
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                env.put(var.getName(), "secret:" + var.getValueFrom().getSecretKeyRef().getName() + "/"
                        + var.getValueFrom().getSecretKeyRef().getKey());
            } else {
                env.put(var.getName(), var.getValue());
            }
        }
        return env;
    }
}
