package uk.nhs.cohortcoach.web;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.cohortcoach.platform.events.Role;
import uk.nhs.cohortcoach.platform.test.TestTokens;

/** Requests as the gateway relays them: the person's platform token as the bearer; the CSRF cookie and field. */
public final class Pages {

    private Pages() {
    }

    /** Signed in as {@code personId} with these roles (a fresh token from the test key). */
    public static RequestPostProcessor as(String personId, Role... roles) {
        return bearer(TestTokens.forRoles(personId, roles));
    }

    public static RequestPostProcessor manager() {
        return as("manager-1", Role.PROGRAMME_MANAGER);
    }

    public static RequestPostProcessor coach() {
        return as("coach-1", Role.COACH);
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /**
     * What a browser sends with a form web rendered: the {@code XSRF-TOKEN} cookie and, in the {@code _csrf}
     * field, the same token masked as web masks it on each page (Spring Security's XOR handler).
     * ({@code SignInPageTest} also proves the real round trip: the cookie and field of a rendered page.)
     */
    public static RequestPostProcessor csrf() {
        return request -> {
            String token = "test-csrf-token-" + java.util.UUID.randomUUID();
            MockHttpServletRequest page = new MockHttpServletRequest();
            new XorCsrfTokenRequestAttributeHandler().handle(page, new MockHttpServletResponse(),
                    () -> new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", token));
            String masked = ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
            Cookie[] cookies = request.getCookies();
            Cookie[] all = cookies == null ? new Cookie[1] : Arrays.copyOf(cookies, cookies.length + 1);
            all[all.length - 1] = new Cookie("XSRF-TOKEN", token);
            request.setCookies(all);
            request.addParameter("_csrf", masked);
            return request;
        };
    }

    /** The success banner a POST-redirect-GET left for the next page: the {@code cc_flash} cookie's text. */
    public static String flash(org.springframework.test.web.servlet.MvcResult result) {
        return new String(java.util.Base64.getUrlDecoder().decode(result.getResponse().getCookie("cc_flash").getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
