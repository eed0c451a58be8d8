package uk.nhs.cohortcoach.gateway.edge.forwarded;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import uk.nhs.cohortcoach.gateway.UnsafeConfigurationException;

/**
 * Trusted proxies, and a refusal to start if Spring Boot's own forwarded-header handling is switched
 * on ({@code server.forward-headers-strategy} other than {@code none}): it believes
 * {@code X-Forwarded-For} from anyone (its left-most address, which the client writes).
 */
@Configuration(proxyBeanMethods = false)
class ForwardedConfiguration {

    static final String STRATEGY = "server.forward-headers-strategy";

    @Bean
    ForwardedFor forwardedFor(ForwardedProperties properties, Environment environment) {
        String strategy = environment.getProperty(STRATEGY, "none").trim().toLowerCase(Locale.ROOT);
        if (!strategy.equals("none")) {
            throw new UnsafeConfigurationException(
                    STRATEGY + " is '" + strategy + "': Spring Boot would then take the client's address from "
                            + "X-Forwarded-For whoever sent it, so any client could choose the address its rate limits count.",
                    "Unset SERVER_FORWARD_HEADERS_STRATEGY (the gateway sets it to none) and list the proxies in front "
                            + "of the gateway in TRUSTED_PROXIES (addresses or CIDR blocks) instead.");
        }
        return new ForwardedFor(properties.trustedProxies());
    }

    @Bean
    ForwardedHeadersWebFilter forwardedHeadersWebFilter(ForwardedFor forwardedFor) {
        return new ForwardedHeadersWebFilter(forwardedFor);
    }
}
