package uk.nhs.cohortcoach.k8scheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoDBCommunity;
import uk.nhs.cohortcoach.k8scheck.CustomResources.MongoUser;

/**
 * Every setting a module cannot start without under {@code prod} has a source, and every Secret or ConfigMap the
 * manifests only refer to is one k8s/README.md tells the operator to create, with the keys read from it (else the
 * pod sits in CreateContainerConfigError, or starts and refuses, on the first deployment).
 */
class SettingsSourcesTest {

    /** {@code ${VARIABLE}} or {@code ${VARIABLE:}}: no default, or an empty one that the module refuses. */
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Z0-9_]+):?}");

    private static final ReadmeCommands README = ReadmeCommands.of(ServiceModules.root().resolve("k8s/README.md"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyVariableTheProdProfileLeavesWithoutADefaultIsSetOrComesFromASourceTheReadmeCreatesWithThatKey(String overlay) {
        Overlay o = Overlay.of(overlay);
        for (String module : ServiceModules.ALL) {
            Container container = Overlay.container(o.deployment(module));
            Map<String, String> environment = o.environment(container);
            Set<String> documented = new LinkedHashSet<>();
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null && committedConfigMap(o, source.getConfigMapRef().getName()) == null) {
                    documented.addAll(keysOrNone("ConfigMap", source.getConfigMapRef().getName()));
                }
                if (source.getSecretRef() != null) {
                    documented.addAll(keysOrNone("Secret", source.getSecretRef().getName()));
                }
            }
            for (String variable : required(ServiceModules.profileYmlText(module, "prod"))) {
                boolean set = environment.get(variable) != null && !environment.get(variable).isBlank();
                assertThat(set || documented.contains(variable))
                        .as(overlay + ": " + module + " needs " + variable + " under prod (application-prod.yml); set it in its "
                                + "ConfigMap, from a Secret, or in a Secret/ConfigMap it reads whole that k8s/README.md creates")
                        .isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everySecretAndConfigMapTheDeploymentsReadButDoNotCommitIsCreatedByTheReadmeWithTheKeysRead(String overlay) {
        Overlay o = Overlay.of(overlay);
        MongoDBCommunity mongo = o.all(MongoDBCommunity.class).get(0);
        Set<String> writtenByOperator = new LinkedHashSet<>();
        mongo.spec().users().forEach(u -> writtenByOperator.add(u.connectionStringSecretName()));
        for (Deployment deployment : o.deployments()) {
            String name = deployment.getMetadata().getName();
            Container container = Overlay.container(deployment);
            for (EnvVar variable : container.getEnv()) {
                var ref = variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef();
                if (ref == null) {
                    continue;
                }
                if (writtenByOperator.contains(ref.getName())) {
                    assertThat(ref.getKey()).as(name + " " + variable.getName()).isEqualTo("connectionString.standard");
                } else {
                    assertThat(keysOrNone("Secret", ref.getName())).as(overlay + ": " + name + " " + variable.getName()
                            + ": k8s/README.md creates Secret " + ref.getName() + " with key " + ref.getKey()).contains(ref.getKey());
                }
            }
            for (EnvFromSource source : container.getEnvFrom()) {
                if (source.getSecretRef() != null) {
                    assertThat(README.keys("Secret", source.getSecretRef().getName()))
                            .as(overlay + ": " + name + ": k8s/README.md creates Secret " + source.getSecretRef().getName()).isNotNull();
                }
                if (source.getConfigMapRef() != null && committedConfigMap(o, source.getConfigMapRef().getName()) == null) {
                    assertThat(README.keys("ConfigMap", source.getConfigMapRef().getName()))
                            .as(overlay + ": " + name + ": k8s/README.md creates ConfigMap " + source.getConfigMapRef().getName())
                            .isNotNull();
                }
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    List<String> keys = volume.getSecret().getItems().stream().map(KeyToPath::getKey).toList();
                    assertThat(keysOrNone("Secret", volume.getSecret().getSecretName()))
                            .as(overlay + ": " + name + " volume " + volume.getName()).containsAll(keys);
                }
            }
        }
        for (MongoUser user : mongo.spec().users()) {
            assertThat(keysOrNone("Secret", user.passwordSecretRef().name()))
                    .as(overlay + ": MongoDB user " + user.name() + ": k8s/README.md creates its password Secret")
                    .contains("password");
        }
    }

    @Test
    void theReadmeParserFindsLiteralsFilesAndLoopsAndNothingElse() {
        ReadmeCommands commands = ReadmeCommands.parse("""
                text `kubectl create secret generic not-in-a-block --from-literal=A=b`
                ```bash
                for s in one two; do
                  kubectl $NS create secret generic mongodb-$s-password --from-literal=password="$(openssl rand -hex 24)"
                done
                kubectl $NS create secret generic key \\
                  --from-file=keystore.p12 --from-literal=ALIAS=token-signing \\
                  --from-file=other.pem=/tmp/x.pem
                kubectl $NS create configmap templates \\
                  --from-literal=T_ONE=<id> \\
                  --from-literal=T_TWO=<id>
                kubectl $NS rollout restart deployment/x
                ```
                """);
        assertThat(commands.created()).containsOnlyKeys("Secret/mongodb-one-password", "Secret/mongodb-two-password",
                "Secret/key", "ConfigMap/templates");
        assertThat(commands.keys("Secret", "mongodb-two-password")).containsExactly("password");
        assertThat(commands.keys("Secret", "key")).containsExactlyInAnyOrder("keystore.p12", "ALIAS", "other.pem");
        assertThat(commands.keys("ConfigMap", "templates")).containsExactly("T_ONE", "T_TWO");
        assertThat(commands.keys("Secret", "templates")).isNull();
    }

    @Test
    void aVariableIsRequiredWhenItHasNoDefaultOrAnEmptyOne() {
        assertThat(required("""
                a: ${NO_DEFAULT}
                b: ${EMPTY_DEFAULT:}
                c: ${WITH_DEFAULT:x}
                d: ${cohort-coach.auth.token.cookie.secure}
                """)).containsExactly("NO_DEFAULT", "EMPTY_DEFAULT");
    }

    private static List<String> required(String yaml) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = REQUIRED.matcher(yaml);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables.stream().distinct().toList();
    }

    private static Set<String> keysOrNone(String kind, String name) {
        Set<String> keys = README.keys(kind, name);
        return keys == null ? Set.of() : keys;
    }

    private static ConfigMap committedConfigMap(Overlay o, String name) {
        return o.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst().orElse(null);
    }
}
