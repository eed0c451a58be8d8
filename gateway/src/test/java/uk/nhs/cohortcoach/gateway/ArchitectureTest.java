package uk.nhs.cohortcoach.gateway;

import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, checked on the gateway: it reaches no service's packages, only their HTTP APIs. */
class ArchitectureTest implements ArchitectureContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.gateway";
    }
}
