package uk.nhs.cohortcoach.surveyservice;

import uk.nhs.cohortcoach.platform.test.messages.ValidationMessagesContract;

class ValidationMessagesTest implements ValidationMessagesContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.surveyservice";
    }
}
