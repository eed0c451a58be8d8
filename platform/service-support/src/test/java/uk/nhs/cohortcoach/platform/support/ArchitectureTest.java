package uk.nhs.cohortcoach.platform.support;

import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, checked on the platform's service support: above all, it knows no service. */
class ArchitectureTest implements ArchitectureContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.platform.support";
    }
}
