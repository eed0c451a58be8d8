package uk.nhs.cohortcoach.notificationservice.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotifyApiKeyTest {

    static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    static final String KEY = "cohort_coach_test-" + SERVICE_ID + "-" + SECRET;

    @Test
    void takesTheLastUuidAsTheSecretAndTheOneBeforeAsTheServiceId() {
        NotifyApiKey key = NotifyApiKey.parse(KEY);

        assertThat(key.keyName()).isEqualTo("cohort_coach_test");
        assertThat(key.serviceId()).isEqualTo(SERVICE_ID);
        assertThat(key.secret()).isEqualTo(SECRET);
    }

    @Test
    void allowsDashesInTheKeyName() {
        NotifyApiKey key = NotifyApiKey.parse("my-live-key-" + SERVICE_ID + "-" + SECRET);

        assertThat(key.keyName()).isEqualTo("my-live-key");
        assertThat(key.serviceId()).isEqualTo(SERVICE_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not-a-key",
        SERVICE_ID + "-" + SECRET,                                   // no key name
        "name-" + SERVICE_ID + SECRET,                               // no dash between the ids
        "name-26785a09-ab16-4eb0-8407-a37497a5750z-" + SECRET,       // service id not a uuid
        "name-" + SERVICE_ID + "-3d844edf-8d35-48ac-975b-e847b4f122bX", // secret not a uuid
        "name_" + SERVICE_ID + "-" + SECRET,                         // no dash after the name
    })
    void refusesAMalformedKeyWithoutRepeatingIt(String malformed) {
        assertThatIllegalArgumentException().isThrownBy(() -> NotifyApiKey.parse(malformed))
                .withMessageContaining("{key name}-{service id}-{secret}")
                .withMessageNotContaining(SECRET);
        assertThat(NotifyApiKey.isWellFormed(malformed)).isFalse();
    }

    @Test
    void neverShowsTheSecretInToString() {
        assertThat(NotifyApiKey.parse(KEY).toString()).contains(SERVICE_ID).doesNotContain(SECRET);
    }
}
