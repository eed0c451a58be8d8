package uk.nhs.cohortcoach.platform.test.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A module's classes, imported once per test JVM however many rules read them. */
final class ImportedClasses {

    private static final Map<Path, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    private ImportedClasses() {
    }

    static JavaClasses from(Path directory) {
        // the module's own output folder, not a scan of the class path (which took 6-30 s a module)
        return IMPORTED.computeIfAbsent(directory.toAbsolutePath().normalize(),
                path -> new ClassFileImporter().importPath(path));
    }
}
