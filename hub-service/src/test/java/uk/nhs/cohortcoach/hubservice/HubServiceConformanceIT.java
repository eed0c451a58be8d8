package uk.nhs.cohortcoach.hubservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class HubServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "hub";
    }
}
