package uk.nhs.cohortcoach.gateway.signin;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The sign-in page at {@code /}, drawn on the server so that it works without JavaScript: a link per
 * OIDC provider (see {@link SignInOptions}) and the password form only while demo accounts are enabled.
 * {@code ?signin=failed} (where a failed OIDC sign-in returns) adds an error summary. The page is the
 * same for everyone, so both versions are drawn once at start.
 */
@Configuration(proxyBeanMethods = false)
class SignInPage {

    static final String TEMPLATE = "pages/sign-in.html";
    private static final String PROVIDERS = "<!--sign-in:providers-->";
    private static final String PASSWORD_START = "<!--sign-in:password-->";
    private static final String PASSWORD_END = "<!--/sign-in:password-->";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> signInPageRoute(SignInOptions options) {
        String template = template();
        String page = render(template, options, false);
        String failed = render(template, options, true);
        return RouterFunctions.route(GET("/"), request -> ServerResponse.ok().contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(request.queryParam("signin").filter("failed"::equals).isPresent() ? failed : page));
    }

    static String render(String template, SignInOptions options, boolean failed) {
        StringBuilder providers = new StringBuilder();
        if (failed) {
            providers.append("""
                    <div class="govuk-error-summary" data-module="govuk-error-summary" role="alert" tabindex="-1">
                      <h2 class="govuk-error-summary__title">Signing in did not work</h2>
                      <div class="govuk-error-summary__body"><p class="govuk-body">The sign-in was not completed. \
                    Try again.</p></div>
                    </div>
                    """);
        }
        for (SignInOptions.Provider provider : options.providers()) {
            String href = UriUtils.encodePath(provider.authorizationPath(), StandardCharsets.UTF_8);
            providers.append("<p class=\"govuk-body\"><a href=\"").append(HtmlUtils.htmlEscape(href))
                    .append("\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--start\" ")
                    .append("data-module=\"govuk-button\" data-sign-in-provider=\"")
                    .append(HtmlUtils.htmlEscape(provider.registrationId())).append("\">")
                    .append(HtmlUtils.htmlEscape(provider.label())).append("</a></p>\n");
        }
        if (!options.providers().isEmpty() && options.passwordSignIn()) {
            providers.append("<h2 class=\"govuk-heading-m\">Or use a demo account</h2>\n");
        }
        if (options.providers().isEmpty() && !options.passwordSignIn()) {
            providers.append("<div class=\"govuk-inset-text\">Signing in is not set up here yet.</div>\n");
        }
        String page = template.replace(PROVIDERS, providers.toString());
        if (!options.passwordSignIn()) {
            int start = page.indexOf(PASSWORD_START);
            int end = page.indexOf(PASSWORD_END);
            page = page.substring(0, start) + page.substring(end + PASSWORD_END.length());
        }
        return page;
    }

    private static String template() {
        try {
            return new ClassPathResource(TEMPLATE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the sign-in page " + TEMPLATE + " is missing", e);
        }
    }
}
