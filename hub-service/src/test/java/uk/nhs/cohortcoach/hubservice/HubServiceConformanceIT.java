package uk.nhs.cohortcoach.hubservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

/**
 * What every service promises, on hub-service: probes, its own database, tokens, problem details, and the hostile-input
 * sweep over every operation of its OpenAPI document (so each new operation is swept the day it is written).
 */
@PlatformIntegrationTest
class HubServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "hub";
    }
}
