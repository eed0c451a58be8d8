package uk.nhs.cohortcoach.platform.calendar;

import uk.nhs.cohortcoach.platform.test.architecture.ArchitectureContract;

/** The codebase's rules, checked on the calendar writer: above all, it knows no service. */
class ArchitectureTest implements ArchitectureContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.platform.calendar";
    }
}
