package uk.nhs.cohortcoach.hubservice;

import uk.nhs.cohortcoach.platform.test.messages.ValidationMessagesContract;

/** Every constraint and every rule of hub-service's API has words of its own, in GOV.UK's style. */
class ValidationMessagesTest implements ValidationMessagesContract {

    @Override
    public String rootPackage() {
        return "uk.nhs.cohortcoach.hubservice";
    }
}
