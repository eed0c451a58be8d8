package uk.nhs.cohortcoach.hubservice;

import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, checked on this module's classes. */
class ArchitectureTest implements ArchitectureContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.hubservice";
    }
}
