package uk.nhs.cohortcoach.gateway.edge.forwarded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "' 203.0.113.7 ', 203.0.113.7",
        "203.0.113.7:51234, 203.0.113.7",
        "2001:db8::7, 2001:db8:0:0:0:0:0:7",
        "[2001:db8::7], 2001:db8:0:0:0:0:0:7",
        "[2001:db8::7]:443, 2001:db8:0:0:0:0:0:7",
        "::ffff:203.0.113.7, 203.0.113.7",
    })
    void readsAForwardedHopAsTheAddressItNames(String hop, String address) {
        assertThat(IpLiteral.parseHop(hop)).hasValueSatisfying(parsed -> assertThat(parsed.getHostAddress()).isEqualTo(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "unknown", "_hidden", "example.org", "localhost", "999.1.1.1", "1.2.3", "[203.0.113.7]",
        "2001:db8::zz", "<script>", "1.2.3.4, 5.6.7.8", "fe80::1%eth0"})
    void readsNothingButAnAddressLiteralAndNeverANameToLookUp(String hop) {
        assertThat(IpLiteral.parseHop(hop)).isEmpty();
    }
}
