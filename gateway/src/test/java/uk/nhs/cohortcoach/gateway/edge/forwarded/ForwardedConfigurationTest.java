package uk.nhs.cohortcoach.gateway.edge.forwarded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

class ForwardedConfigurationTest {

    @ParameterizedTest
    @ValueSource(strings = {"framework", "native", "NATIVE"})
    void refusesToStartWithSpringBootsForwardedHeaderHandlingWhichBelievesAnyone(String strategy) {
        MockEnvironment environment = new MockEnvironment().withProperty("server.forward-headers-strategy", strategy);

        assertThatThrownBy(() -> new ForwardedConfiguration().forwardedFor(new ForwardedProperties(List.of()), environment))
                .isInstanceOf(UnsafeConfigurationException.class)
                .hasMessageContaining("X-Forwarded-For whoever sent it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0"})
    void refusesATrustedBlockThatCoversEveryAddress(String everyone) {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

        assertThat(validator.validate(new ForwardedProperties(List.of(AddressRange.valueOf("10.0.0.0/8"), AddressRange.valueOf(everyone)))))
                .singleElement().satisfies(violation -> assertThat(violation.getMessage()).contains("trusts every address"));
        assertThat(validator.validate(new ForwardedProperties(List.of(AddressRange.valueOf("10.0.0.0/8"))))).isEmpty();
    }
}
