package uk.nhs.cohortcoach.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CorrelationIdsTest {

    @Test
    void keepsASafeCallerSuppliedId() {
        assertThat(CorrelationIds.acceptOrCreate("req-42.a:b_C")).isEqualTo("req-42.a:b_C");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"line\nbreak", "has space", "<script>", "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde"})
    void replacesAMissingOrUnsafeIdWithAFreshUuid(String unsafe) {
        String id = CorrelationIds.acceptOrCreate(unsafe);
        assertThat(id).isNotEqualTo(unsafe);
        assertThat(UUID.fromString(id)).isNotNull();
    }

    @Test
    void createsDistinctIds() {
        assertThat(CorrelationIds.create()).isNotEqualTo(CorrelationIds.create());
    }
}
