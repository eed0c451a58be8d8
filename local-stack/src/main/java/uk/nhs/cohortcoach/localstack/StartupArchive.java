package uk.nhs.cohortcoach.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The class archive that lets a service start in a few seconds: a module's jar unpacked next to it
 * ({@code <module>/target/startup-archive/app/}, Spring Boot's {@code -Djarmode=tools extract}: a plain class path, which
 * class-data sharing needs), and the archive made by a training run of it that stops once the application context is
 * refreshed ({@code -Dspring.context.exit=onRefresh}): on JDK 25 and later the AOT cache ({@code -XX:AOTCacheOutput},
 * used with {@code -XX:AOTCache}), before that a dynamic CDS archive ({@code -XX:ArchiveClassesAtExit}, used with
 * {@code -XX:SharedArchiveFile}). A stamp records what it was made from (the jar's size and time, the JDK, the JVM
 * options), so a rebuilt jar, another JDK or other options make it stale; a stale or missing archive is never used (the
 * service starts from its jar as before) and is rebuilt at the next start. {@code LOCAL_STARTUP_ARCHIVE=off} turns it off.
 */
final class StartupArchive {

    /** Which archive this JDK makes. */
    enum Kind {
        /** JDK 25+: {@code -XX:AOTCacheOutput} / {@code -XX:AOTCache} (classes loaded and linked, method profiles) */
        AOT_CACHE("app.aot"),
        /** JDK 13-24: dynamic AppCDS, {@code -XX:ArchiveClassesAtExit} / {@code -XX:SharedArchiveFile} */
        CDS("app.jsa"),
        /** {@code LOCAL_STARTUP_ARCHIVE=off} */
        OFF("");

        private final String fileName;

        Kind(String fileName) {
            this.fileName = fileName;
        }

        static Kind of(int javaFeatureVersion, String setting) {
            if (setting != null && setting.trim().toLowerCase(Locale.ROOT).matches("off|false|no|0")) {
                return OFF;
            }
            return javaFeatureVersion >= 25 ? AOT_CACHE : CDS;
        }
    }

    /** How to start a module: which jar, with which extra JVM options. */
    record Launch(Path jar, List<String> options) {
    }

    static final String DIRECTORY = "startup-archive";

    private final Kind kind;
    private final String runtime;
    private final List<String> javaOptions;

    StartupArchive(Kind kind, String runtime, List<String> javaOptions) {
        this.kind = kind;
        this.runtime = runtime;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /** For the JDK running this launcher, which is the one the stack's processes run on. */
    static StartupArchive forThisJvm(List<String> javaOptions, String setting) {
        return new StartupArchive(Kind.of(Runtime.version().feature(), setting),
                System.getProperty("java.home") + " " + System.getProperty("java.vm.version"), javaOptions);
    }

    Kind kind() {
        return kind;
    }

    Path directory(Path jar) {
        return jar.toAbsolutePath().getParent().resolve(DIRECTORY);
    }

    /** The unpacked application jar the archive was made with (its libraries in {@code lib/} beside it). */
    Path unpackedJar(Path jar) {
        return directory(jar).resolve("app").resolve(jar.getFileName());
    }

    Path archive(Path jar) {
        return directory(jar).resolve(kind.fileName);
    }

    private Path stampFile(Path jar) {
        return directory(jar).resolve("stamp");
    }

    /** What the archive must have been made from to be used. */
    String stamp(Path jar) throws IOException {
        return "jar " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + "\n"
                + "jdk " + runtime + "\n"
                + "kind " + kind + "\n"
                + "options " + String.join(" ", javaOptions) + "\n";
    }

    /** Whether a usable archive exists for this jar, JDK and options. */
    boolean isFresh(Path jar) {
        if (kind == Kind.OFF) {
            return true;
        }
        try {
            return Files.isRegularFile(archive(jar)) && Files.isRegularFile(unpackedJar(jar))
                    && Files.isRegularFile(stampFile(jar))
                    && Files.readString(stampFile(jar)).equals(stamp(jar));
        } catch (IOException e) {
            return false;
        }
    }

    /** The archive's jar and options when it is fresh; the module's own jar and no options otherwise. */
    Launch launch(Path jar) {
        if (kind == Kind.OFF || !isFresh(jar)) {
            return new Launch(jar, List.of());
        }
        String use = kind == Kind.AOT_CACHE ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        return new Launch(unpackedJar(jar), List.of(use + archive(jar)));
    }

    /** Empties the module's archive directory before a new one is made. */
    void clear(Path jar) throws IOException {
        Path directory = directory(jar);
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(directory);
    }

    /** The command that unpacks the jar (Spring Boot's jar tools, inside every executable jar). */
    List<String> extractCommand(Path java, Path jar) {
        return List.of(java.toString(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(),
                "extract", "--force", "--destination", unpackedJar(jar).getParent().toString());
    }

    /**
     * The training run: the unpacked jar with the stack's JVM options, stopping once the context is refreshed
     * (beans made, nothing listening or consuming), writing the archive as it exits.
     */
    List<String> trainingCommand(Path java, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(javaOptions);
        command.add(kind == Kind.AOT_CACHE ? "-XX:AOTCacheOutput=" + archive(jar) : "-XX:ArchiveClassesAtExit=" + archive(jar));
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(unpackedJar(jar).toString());
        return command;
    }

    /** Records that the archive now in the directory was made from this jar, JDK and options. */
    void markFresh(Path jar) throws IOException {
        Files.writeString(stampFile(jar), stamp(jar));
    }
}
