package uk.nhs.cohortcoach.notificationservice.callback;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import uk.nhs.cohortcoach.notificationservice.notify.NotifyProperties;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import uk.nhs.cohortcoach.platform.support.security.RequestAuthorizations;

/**
 * Notify's callback carries Notify's token, not a platform token: the resource server must not try
 * to read it as a JWT there, and the filter chain lets the request in only with Notify's token,
 * before the body is read (401 otherwise, whatever the body).
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = CallbackSecurity.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The callback bearer token configured for this service in GOV.UK Notify (NOTIFY_CALLBACK_TOKEN)")
public class CallbackSecurity {

    static final String SCHEME = "notifyCallbackToken";

    @Bean
    NotifyCallbackToken notifyCallbackToken(NotifyProperties notify) {
        return new NotifyCallbackToken(notify);
    }

    @Bean
    RequestAuthorizations notifyCallbackNeedsNotifysToken(NotifyCallbackToken token) {
        return rules -> rules.requestMatchers(HttpMethod.POST, NotifyCallbackController.PATH)
                .access((authentication, context) -> new AuthorizationDecision(token.presentedBy(context.getRequest())));
    }

    @Bean
    BearerTokenResolver platformTokensExceptOnNotifyCallback() {
        DefaultBearerTokenResolver platform = new DefaultBearerTokenResolver();
        return (HttpServletRequest request) -> NotifyCallbackController.PATH.equals(request.getRequestURI())
                ? null : platform.resolve(request);
    }
}
