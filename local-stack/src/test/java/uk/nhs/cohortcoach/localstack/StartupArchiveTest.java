package uk.nhs.cohortcoach.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupArchiveTest {

    private static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");

    @TempDir
    Path target;

    @Test
    void makesTheAotCacheOnJdk25AndLaterAndADynamicCdsArchiveBefore() {
        assertThat(StartupArchive.Kind.of(17, null)).isEqualTo(StartupArchive.Kind.CDS);
        assertThat(StartupArchive.Kind.of(21, "")).isEqualTo(StartupArchive.Kind.CDS);
        assertThat(StartupArchive.Kind.of(25, "auto")).isEqualTo(StartupArchive.Kind.AOT_CACHE);
        assertThat(StartupArchive.Kind.of(25, "off")).isEqualTo(StartupArchive.Kind.OFF);
        assertThat(StartupArchive.Kind.of(17, "OFF")).isEqualTo(StartupArchive.Kind.OFF);
    }

    @Test
    void startsFromTheModulesOwnJarWithoutExtraOptionsUntilAnArchiveIsMade() throws IOException {
        Path jar = jar("cohort-service.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS);

        assertThat(archives.isFresh(jar)).isFalse();
        assertThat(archives.launch(jar)).isEqualTo(new StartupArchive.Launch(jar, List.of()));
    }

    @Test
    void startsTheUnpackedJarWithTheArchiveOnceItIsMade() throws IOException {
        Path jar = jar("cohort-service.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS);
        madeBy(archives, jar);

        StartupArchive.Launch launch = archives.launch(jar);

        assertThat(launch.jar()).isEqualTo(target.resolve("startup-archive/app/cohort-service.jar"));
        assertThat(launch.options()).containsExactly("-XX:SharedArchiveFile=" + target.resolve("startup-archive/app.jsa"));
    }

    @Test
    void usesTheAotCacheOptionOnJdk25() throws IOException {
        Path jar = jar("gateway.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.AOT_CACHE, "jdk-25", OPTIONS);
        madeBy(archives, jar);

        assertThat(archives.launch(jar).options()).containsExactly("-XX:AOTCache=" + target.resolve("startup-archive/app.aot"));
        assertThat(archives.trainingCommand(Path.of("/jdk/bin/java"), jar)).containsSubsequence(
                "/jdk/bin/java", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:AOTCacheOutput=" + target.resolve("startup-archive/app.aot"), "-Dspring.context.exit=onRefresh",
                "-jar", target.resolve("startup-archive/app/gateway.jar").toString());
    }

    @Test
    void trainsWithTheStacksOptionsAndStopsOnceTheContextIsRefreshed() throws IOException {
        Path jar = jar("web.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS);

        assertThat(archives.trainingCommand(Path.of("/jdk/bin/java"), jar)).containsExactly(
                "/jdk/bin/java", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:ArchiveClassesAtExit=" + target.resolve("startup-archive/app.jsa"), "-Dspring.context.exit=onRefresh",
                "-jar", target.resolve("startup-archive/app/web.jar").toString());
        assertThat(archives.extractCommand(Path.of("/jdk/bin/java"), jar)).containsExactly(
                "/jdk/bin/java", "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force",
                "--destination", target.resolve("startup-archive/app").toString());
    }

    @Test
    void aRebuiltJarMakesTheArchiveStaleAndItIsNotUsed() throws IOException {
        Path jar = jar("cohort-service.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS);
        madeBy(archives, jar);

        Files.writeString(jar, "rebuilt, a different size");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5_000));

        assertThat(archives.isFresh(jar)).isFalse();
        assertThat(archives.launch(jar)).isEqualTo(new StartupArchive.Launch(jar, List.of()));
    }

    @Test
    void anotherJdkOrOtherJvmOptionsMakeTheArchiveStale() throws IOException {
        Path jar = jar("cohort-service.jar");
        madeBy(new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS), jar);

        assertThat(new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS).isFresh(jar)).isTrue();
        assertThat(new StartupArchive(StartupArchive.Kind.CDS, "jdk-21", OPTIONS).isFresh(jar)).isFalse();
        assertThat(new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", List.of("-Xmx1g")).isFresh(jar)).isFalse();
    }

    @Test
    void aMissingArchiveFileIsNeverPassedToTheJvm() throws IOException {
        Path jar = jar("cohort-service.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.CDS, "jdk-17", OPTIONS);
        madeBy(archives, jar);

        Files.delete(archives.archive(jar));

        assertThat(archives.launch(jar).options()).isEmpty();
    }

    @Test
    void offStartsEveryJarAsBefore() throws IOException {
        Path jar = jar("cohort-service.jar");
        StartupArchive archives = new StartupArchive(StartupArchive.Kind.OFF, "jdk-17", OPTIONS);

        assertThat(archives.isFresh(jar)).isTrue();
        assertThat(archives.launch(jar)).isEqualTo(new StartupArchive.Launch(jar, List.of()));
    }

    private Path jar(String name) throws IOException {
        return Files.writeString(target.resolve(name), "an executable jar");
    }

    /** What a successful unpacking and training run leave behind. */
    private static void madeBy(StartupArchive archives, Path jar) throws IOException {
        archives.clear(jar);
        Files.createDirectories(archives.unpackedJar(jar).getParent());
        Files.writeString(archives.unpackedJar(jar), "the application's classes");
        Files.writeString(archives.archive(jar), "an archive");
        archives.markFresh(jar);
    }
}
