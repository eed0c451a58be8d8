package uk.nhs.cohortcoach.localstack;

import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, checked on the local stack: it starts the services as processes and imports none of them. */
class ArchitectureTest implements ArchitectureContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.localstack";
    }
}
