package uk.nhs.cohortcoach.cohortservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class CohortServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "cohort";
    }
}
