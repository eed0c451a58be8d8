package uk.nhs.cohortcoach.coachingservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class CoachingServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "coaching";
    }
}
