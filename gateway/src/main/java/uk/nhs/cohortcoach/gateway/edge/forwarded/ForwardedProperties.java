package uk.nhs.cohortcoach.gateway.edge.forwarded;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which peers may tell the gateway who its client is.
 *
 * @param trustedProxies addresses or CIDR blocks of the proxies in front of the gateway (in Kubernetes,
 *                       the ingress controller's pods); {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 *                       are believed only from these. Empty (the default): trust nobody.
 */
@Validated
@ConfigurationProperties("cohort-coach.gateway.forwarded")
record ForwardedProperties(@NotNull @DefaultValue List<AddressRange> trustedProxies) {

    ForwardedProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }

    /** A /0 block would trust every address, letting any client pick the address its limits count. */
    @AssertTrue(message = "must not contain a /0 block: that trusts every address")
    boolean isTrustingSomeoneInParticular() {
        return trustedProxies.stream().noneMatch(range -> range.prefixLength() == 0);
    }
}
