package uk.nhs.cohortcoach.notificationservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class NotificationServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "notification";
    }
}
