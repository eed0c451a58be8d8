package uk.nhs.cohortcoach.gateway.edge.forwarded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "10.42.0.0/16, 10.42.0.1, true",
        "10.42.0.0/16, 10.42.255.254, true",
        "10.42.0.0/16, 10.43.0.1, false",
        "10.42.7.9/16, 10.42.0.1, true",
        "192.0.2.10, 192.0.2.10, true",
        "192.0.2.10, 192.0.2.11, false",
        "192.0.2.10/32, 192.0.2.10, true",
        "10.0.0.0/8, ::ffff:10.1.2.3, true",
        "fd00::/8, fd12:3456::1, true",
        "fd00::/8, fe80::1, false",
        "2001:db8::1, 2001:0db8:0:0:0:0:0:1, true",
        "10.0.0.0/8, fd00::a00:1, false",
        "fd00::/8, 10.0.0.1, false",
    })
    void containsExactlyTheAddressesOfItsBlock(String range, String address, boolean contained) throws Exception {
        assertThat(AddressRange.valueOf(range).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "ingress-nginx.svc", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0/8", "256.0.0.1",
        "fd00::/129", "10.0.0.0/8/8", "10.0.0.1:80", "[fd00::1]", ".1.2.3", "10.0.0.0/ 8", "1.2.3.4.5"})
    void refusesAnythingButAnAddressLiteralWithAnInRangePrefix(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AddressRange.valueOf(text));
    }
}
