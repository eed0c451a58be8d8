package uk.nhs.cohortcoach.surveyservice;

import uk.nhs.cohortcoach.platform.test.PlatformIntegrationTest;
import uk.nhs.cohortcoach.platform.test.ServiceConformanceContract;

@PlatformIntegrationTest
class SurveyServiceConformanceIT extends ServiceConformanceContract {

    @Override
    public String expectedDatabase() {
        return "survey";
    }
}
