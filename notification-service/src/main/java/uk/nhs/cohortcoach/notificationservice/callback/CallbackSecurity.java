package uk.nhs.cohortcoach.notificationservice.callback;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Notify's callback carries Notify's token, not a platform token: the resource server must not try
 * to read it as a JWT there, and the path is open to the filter chain (the controller checks the token).
 */
@Configuration(proxyBeanMethods = false)
class CallbackSecurity {

    @Bean
    RequestAuthorizations notifyCallbackIsCheckedByItsController() {
        return rules -> rules.requestMatchers(HttpMethod.POST, NotifyCallbackController.PATH).permitAll();
    }

    @Bean
    BearerTokenResolver platformTokensExceptOnNotifyCallback() {
        DefaultBearerTokenResolver platform = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> NotifyCallbackController.PATH.equals(request.getRequestURI())
                ? null : platform.resolve(request);
    }
}
