package uk.nhs.cohortcoach.cohortservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class CohortServiceConformanceIT extends ServiceConformanceContract {

    @Override
    protected String expectedDatabase() {
        return "cohort";
    }
}
